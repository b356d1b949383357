// What puts the terminal back when the reader cannot end normally, and the signal handlers that need
// it. Everything a handler touches lives here in C static storage: a handler may interrupt anything,
// including the Swift runtime, so it must not call into Swift (no lazy globals, no retain, no
// allocation), only async-signal-safe system calls on memory that is already there.
//
// The handlers only store to atomics for the signals the reader survives or ends on (quit, suspend);
// the event loop reads those. Only the crash handler acts, because after a crash there is no loop.
#ifndef IBID_TERMINAL_GUARD_H
#define IBID_TERMINAL_GUARD_H

#include <stddef.h>

/// Saves the modes of the terminal on fd (tcgetattr) as the ones every restore puts back, and
/// remembers fd as the terminal to restore. Returns 0, or -1 with errno set.
int ibid_term_save_modes(int fd);

/// Keeps a copy of the bytes that give the screen back (leave the alternate screen, show the cursor,
/// reset attributes, mouse reporting off). Returns 0, or -1 when they do not fit: then the longest
/// prefix that fits is kept, so the most important bytes should come first.
int ibid_term_set_restore_bytes(const unsigned char *bytes, size_t count);

/// Puts the saved modes back (tcsetattr). Returns 0, or -1 (errno set) when none are saved or the
/// call failed.
int ibid_term_restore_modes(void);

/// The whole restore: writes the restore bytes, then puts the saved modes back. Async-signal-safe,
/// so the crash handlers use it, and so does an ordinary teardown whose `endwin` failed;
/// the signal number is unused (it has the shape of the mapped-file guard's fatal hook).
void ibid_term_restore_all(int signal);

/// Installs the reader's handlers: INT, TERM, HUP and QUIT are recorded for the loop
/// (`ibid_term_take_quit_signal`); TSTP is recorded as a suspend request and CONT as a continue;
/// SEGV, ILL, FPE, ABRT and TRAP restore the terminal and die of the same signal; SIGBUS stays with
/// the mapped-file guard, which is installed here with the crash restore as its fatal hook; SIGPIPE
/// is ignored.
/// Returns 0, or -1 with errno set (handlers installed before the failure stay until uninstall).
int ibid_term_guard_install(void);

/// Every signal the install took gets back what it had before, the guard's fatal hook is removed,
/// and the saved modes and bytes are forgotten. Signals the install did not take are left alone.
void ibid_term_guard_uninstall(void);

/// The quit signal received since the last call (INT, TERM, HUP or QUIT), or 0; clears it.
int ibid_term_take_quit_signal(void);

/// Nonzero when a SIGTSTP arrived since the last call; clears it.
int ibid_term_take_suspend_request(void);

/// Nonzero when a SIGCONT arrived since the last call (not counting the one that ends
/// `ibid_term_stop_job`); clears it.
int ibid_term_take_continued(void);

/// Stops the job as a shell expects: SIGTSTP with its default action to our process group, so the
/// shell's `fg` or `bg` can continue it; returns once continued, with the suspend handler back.
/// Call with the terminal already given back. Returns 0, or -1 with errno set.
int ibid_term_stop_job(void);

#endif
