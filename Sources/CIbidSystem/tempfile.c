#include "ibid_tempfile.h"

#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <unistd.h>

// The path lives in static storage so the handler reads it without allocating.
static char temp_path[4096];
static _Atomic(int) armed;
static const int signals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
#define COUNT (sizeof signals / sizeof signals[0])
static struct sigaction previous[COUNT];

static void handler(int sig) {
    if (atomic_exchange(&armed, 0)) unlink(temp_path);
    signal(sig, SIG_DFL);
    raise(sig);
}

int ibid_tempfile_arm(const char *path) {
    size_t length = strlen(path);
    if (length >= sizeof temp_path || atomic_load(&armed)) return -1;
    memcpy(temp_path, path, length + 1);
    atomic_store(&armed, 1);
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < COUNT; i++) {
        sigaction(signals[i], NULL, &previous[i]);
        // A signal the caller ignores (nohup, a background job of a script) stays ignored.
        if (previous[i].sa_handler != SIG_IGN) sigaction(signals[i], &action, NULL);
    }
    return 0;
}

void ibid_tempfile_disarm(void) {
    if (!atomic_exchange(&armed, 0)) return;
    for (size_t i = 0; i < COUNT; i++) sigaction(signals[i], &previous[i], NULL);
}
