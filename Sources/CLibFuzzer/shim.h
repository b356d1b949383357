// libFuzzer's driver, declared with its C calling convention for ibid-fuzz (compiler-rt's
// FuzzerInterface.h). Only the -sanitize=fuzzer build calls it, and only that build links libFuzzer.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
