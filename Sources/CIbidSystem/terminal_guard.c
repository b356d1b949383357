#define _GNU_SOURCE
#include "ibid_terminal_guard.h"
#include "ibid_mapguard.h"

#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

// Written before the handlers are installed and read by them; the atomic flag publishes each.
static struct termios saved_modes;
static _Atomic(int) saved_modes_valid;
static _Atomic(int) terminal_fd = 1;
// Real restore strings are a few dozen bytes (rmcup, cnorm, sgr0, rmkx and the mouse-off sequence).
#define RESTORE_CAPACITY 512
static unsigned char restore_bytes[RESTORE_CAPACITY];
static _Atomic(size_t) restore_count;

static _Atomic(int) pending_quit;
static _Atomic(int) pending_suspend;
static _Atomic(int) pending_continue;

static const int quitting[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
static const int crashing[] = {SIGSEGV, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

// What each signal did before the install, so uninstall gives back exactly that (a parent may have
// ignored SIGINT, say) and touches no signal the install did not take. Indexed by signal number.
#define SIGNAL_SLOTS 65
static struct sigaction previous[SIGNAL_SLOTS];
static int taken[SIGNAL_SLOTS];

int ibid_term_save_modes(int fd) {
    atomic_store(&saved_modes_valid, 0);
    if (tcgetattr(fd, &saved_modes) != 0) return -1;
    atomic_store(&terminal_fd, fd);
    atomic_store(&saved_modes_valid, 1);
    return 0;
}

int ibid_term_set_restore_bytes(const unsigned char *bytes, size_t count) {
    size_t kept = count < RESTORE_CAPACITY ? count : RESTORE_CAPACITY;
    atomic_store(&restore_count, 0);
    if (kept > 0) memcpy(restore_bytes, bytes, kept);
    atomic_store(&restore_count, kept);
    return kept == count ? 0 : -1;
}

int ibid_term_restore_modes(void) {
    if (!atomic_load(&saved_modes_valid)) {
        errno = ENOTTY;
        return -1;
    }
    return tcsetattr(atomic_load(&terminal_fd), TCSANOW, &saved_modes);
}

void ibid_term_restore_all(int signal) {
    (void)signal;
    int saved_errno = errno;
    int fd = atomic_load(&terminal_fd);
    size_t count = atomic_load(&restore_count);
    size_t done = 0;
    while (done < count) {
        ssize_t n = write(fd, restore_bytes + done, count - done);
        if (n > 0) done += (size_t)n;
        else if (n < 0 && errno == EINTR) continue;
        else break;
    }
    if (atomic_load(&saved_modes_valid)) tcsetattr(fd, TCSANOW, &saved_modes);
    errno = saved_errno;
}

static void on_quit(int sig) { atomic_store(&pending_quit, sig); }

static void on_suspend(int sig) {
    (void)sig;
    atomic_store(&pending_suspend, 1);
}

// The process runs again whatever this does; it only tells the loop that someone else may have
// had the terminal meanwhile (a SIGSTOP, which cannot be caught, then the shell's `fg`).
static void on_continue(int sig) {
    (void)sig;
    atomic_store(&pending_continue, 1);
}

// Put the terminal back, then die of the same signal so the exit status and any core dump are
// honest. The signal is blocked while this runs (no SA_NODEFER), so the raise lands on return.
static void on_crash(int sig) {
    ibid_term_restore_all(sig);
    signal(sig, SIG_DFL);
    raise(sig);
}

// sa_flags 0, not SA_RESTART: a quit or suspend interrupts the loop's wait instead of being
// noticed only at its timeout.
static int set_handler(int sig, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    struct sigaction before;
    if (sigaction(sig, &action, &before) != 0) return -1;
    // A second install keeps the first one's record of what was there before us.
    if (!taken[sig]) previous[sig] = before;
    taken[sig] = 1;
    return 0;
}

static void give_back(int sig) {
    if (!taken[sig]) return;
    sigaction(sig, &previous[sig], NULL);
    taken[sig] = 0;
}

int ibid_term_guard_install(void) {
    atomic_store(&pending_quit, 0);
    atomic_store(&pending_suspend, 0);
    atomic_store(&pending_continue, 0);
    for (size_t i = 0; i < COUNT(quitting); i++)
        if (set_handler(quitting[i], on_quit) != 0) return -1;
    if (set_handler(SIGTSTP, on_suspend) != 0) return -1;
    if (set_handler(SIGCONT, on_continue) != 0) return -1;
    for (size_t i = 0; i < COUNT(crashing); i++)
        if (set_handler(crashing[i], on_crash) != 0) return -1;
    if (ibid_mapguard_install() != 0) return -1;
    ibid_mapguard_set_fatal_hook(ibid_term_restore_all);
    if (set_handler(SIGPIPE, SIG_IGN) != 0) return -1;
    return 0;
}

void ibid_term_guard_uninstall(void) {
    for (size_t i = 0; i < COUNT(quitting); i++) give_back(quitting[i]);
    give_back(SIGTSTP);
    give_back(SIGCONT);
    for (size_t i = 0; i < COUNT(crashing); i++) give_back(crashing[i]);
    give_back(SIGPIPE);
    // The mapped-file guard keeps SIGBUS (the dump stays mapped); only our hook goes.
    ibid_mapguard_set_fatal_hook(NULL);
    atomic_store(&restore_count, 0);
    atomic_store(&saved_modes_valid, 0);
}

int ibid_term_take_quit_signal(void) { return atomic_exchange(&pending_quit, 0); }

int ibid_term_take_suspend_request(void) { return atomic_exchange(&pending_suspend, 0); }

int ibid_term_take_continued(void) { return atomic_exchange(&pending_continue, 0); }

int ibid_term_stop_job(void) {
    struct sigaction standard, ours;
    memset(&standard, 0, sizeof standard);
    standard.sa_handler = SIG_DFL;
    sigemptyset(&standard.sa_mask);
    if (sigaction(SIGTSTP, &standard, &ours) != 0) return -1;
    // A signal a process sends to its own group is delivered to the sending thread before kill
    // returns, so the stop happens here; the handler goes back only after the job is continued.
    // In a process group with no job control (an orphaned one, as under `sh -c`) the kernel drops
    // the stop and we simply carry on.
    int result = kill(0, SIGTSTP);
    int saved_errno = errno;
    sigaction(SIGTSTP, &ours, NULL);
    // The SIGCONT that woke us is this stop's own: the caller takes the terminal back anyway.
    atomic_store(&pending_suspend, 0);
    atomic_store(&pending_continue, 0);
    errno = saved_errno;
    return result;
}
