// The temporary an export is being written to, removed if a signal ends the process first: a
// Ctrl-C during `ibid export --output FILE` must not leave `.FILE.ibid-XXXXXX` behind.
#ifndef IBID_TEMPFILE_H
#define IBID_TEMPFILE_H

/// Remembers `path` and, until disarmed, unlinks it when SIGINT, SIGTERM, SIGHUP or SIGQUIT arrives,
/// then dies of that signal as before. Returns 0, or -1 (path too long, or a temporary already armed).
int ibid_tempfile_arm(const char *path);

/// Forgets the path (it was renamed into place or unlinked) and restores the previous handlers.
void ibid_tempfile_disarm(void);

#endif
