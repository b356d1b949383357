#define _GNU_SOURCE
#include "ibid_mapguard.h"

#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

// A fixed table, so the handler never allocates or locks: a slot is published by storing its
// length before its base (release), and read base-then-length (acquire).
#define SLOTS 256
static _Atomic(uintptr_t) slot_base[SLOTS];
static _Atomic(size_t) slot_length[SLOTS];
static _Atomic(int) slot_tripped[SLOTS];
static _Atomic(int) any_tripped;
static _Atomic(int) installed;
static void (*_Atomic fatal_hook)(int);
// Read once at install: sysconf is not on the async-signal-safe list.
static _Atomic(size_t) page_size;

static void handler(int sig, siginfo_t *info, void *context) {
    (void)context;
    uintptr_t address = (uintptr_t)info->si_addr;
    // Only a fault past the end of a mapped file is ours to patch (BUS_ADRERR). A SIGBUS sent with
    // kill() or sigqueue() (si_code <= 0) has no meaningful address: patching a page there would
    // hide a valid one behind zeros. Alignment or hardware errors are real crashes.
    int ours = info->si_code == BUS_ADRERR;
    for (int i = 0; ours && i < SLOTS; i++) {
        uintptr_t base = atomic_load_explicit(&slot_base[i], memory_order_acquire);
        if (base == 0) continue;
        size_t length = atomic_load_explicit(&slot_length[i], memory_order_acquire);
        if (address < base || address - base >= length) continue;
        size_t page = atomic_load(&page_size);
        uintptr_t start = address & ~((uintptr_t)page - 1);
        void *patched = mmap((void *)start, page, PROT_READ,
                             MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
        if (patched == MAP_FAILED) break;
        atomic_store(&slot_tripped[i], 1);
        atomic_store(&any_tripped, 1);
        return;  // the faulting read runs again and now sees zeros
    }
    void (*hook)(int) = atomic_load(&fatal_hook);
    if (hook) hook(sig);
    signal(sig, SIG_DFL);
    raise(sig);
}

int ibid_mapguard_install(void) {
    int expected = 0;
    if (!atomic_compare_exchange_strong(&installed, &expected, 1)) return 0;
    long page = sysconf(_SC_PAGESIZE);
    atomic_store(&page_size, page > 0 ? (size_t)page : 4096);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_SIGINFO | SA_NODEFER;
    if (sigaction(SIGBUS, &action, NULL) != 0) {
        atomic_store(&installed, 0);
        return -1;
    }
    return 0;
}

int ibid_mapguard_register(const void *base, size_t length) {
    // Unguarded unless the handler is in place: the caller then reads the file instead.
    if (base == NULL || length == 0 || !atomic_load(&installed)) return -1;
    for (int i = 0; i < SLOTS; i++) {
        uintptr_t expected = 0;
        // Claim with a placeholder so two threads never take one slot; then publish.
        if (atomic_compare_exchange_strong(&slot_base[i], &expected, (uintptr_t)1)) {
            atomic_store(&slot_tripped[i], 0);
            atomic_store_explicit(&slot_length[i], length, memory_order_release);
            atomic_store_explicit(&slot_base[i], (uintptr_t)base, memory_order_release);
            return 0;
        }
    }
    return -1;
}

void ibid_mapguard_unregister(const void *base) {
    for (int i = 0; i < SLOTS; i++) {
        if (atomic_load(&slot_base[i]) == (uintptr_t)base) {
            atomic_store(&slot_length[i], 0);
            atomic_store(&slot_base[i], 0);
            return;
        }
    }
}

int ibid_mapguard_tripped(void) { return atomic_load(&any_tripped); }

int ibid_mapguard_tripped_at(const void *base) {
    for (int i = 0; i < SLOTS; i++) {
        if (atomic_load(&slot_base[i]) == (uintptr_t)base) return atomic_load(&slot_tripped[i]);
    }
    return 0;
}

void ibid_mapguard_set_fatal_hook(void (*hook)(int)) { atomic_store(&fatal_hook, hook); }
