// The guard over memory-mapped dumps. A file truncated while we read it makes the kernel raise SIGBUS
// on the next touch of a page past its new end; this turns that into a flag the loader can report as
// an ordinary error (exit 74), by mapping a page of zeros over the vanished one and carrying on.
//
// It owns SIGBUS for the whole process: a fault outside every registered mapping is a real crash, and
// then the fatal hook (the terminal's restore, when the reader runs) is called before the default
// action kills the process, so the exit status stays honest.
#ifndef IBID_MAPGUARD_H
#define IBID_MAPGUARD_H

#include <stddef.h>

/// Installs the SIGBUS handler (idempotent). Returns 0, or -1 with errno set.
int ibid_mapguard_install(void);

/// Starts guarding [base, base + length). Returns 0, or -1 when every slot is taken (the mapping
/// then stays unguarded and the caller should read the file instead of mapping it).
int ibid_mapguard_register(const void *base, size_t length);

/// Stops guarding the mapping that starts at base (call before munmap).
void ibid_mapguard_unregister(const void *base);

/// Nonzero once any guarded mapping has faulted: its file shrank under us and some bytes read as 0.
int ibid_mapguard_tripped(void);

/// Nonzero when the mapping that starts at base has faulted.
int ibid_mapguard_tripped_at(const void *base);

/// Called, from the signal handler, before a SIGBUS that no guarded mapping explains kills the
/// process. Must be async-signal-safe. NULL removes it.
void ibid_mapguard_set_fatal_hook(void (*hook)(int signal));

#endif
