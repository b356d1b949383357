// glibc's memmem, which Swift's Glibc module does not export (it is declared only under _GNU_SOURCE).
// The loader's detection scans (is there a var_dump, an Xdebug dump, a print_r here?) usually run to the
// end of a large file without a hit; memmem does that at memory speed whatever the needle.
#ifndef IBID_SEARCH_H
#define IBID_SEARCH_H

#include <stddef.h>

/// The first occurrence of needle[0..<needle_length] in haystack[0..<length], or NULL.
const void *ibid_memmem(const void *haystack, size_t length, const void *needle, size_t needle_length);

#endif
