// Restoring the terminal on every way out, in C because signal handlers may
// only do async-signal-safe things (write, tcsetattr, sigaction, raise).
#ifndef IOM_HISTORY_TERMINAL_GUARD_H
#define IOM_HISTORY_TERMINAL_GUARD_H

// Installs the handlers. Call before curses starts: ncurses then leaves
// SIGINT/SIGTERM alone, and none of its own handlers get in the way.
// SIGINT, SIGTERM, SIGHUP and SIGQUIT only record the signal (the loop sees
// it and shuts down properly); crash signals restore the terminal at once and
// then let the previous handler (Swift's backtracer) run.
void terminal_guard_install(void);

// The termination signal received so far, or 0.
int terminal_guard_pending_signal(void);

// 1 if the window's size changed (SIGWINCH) since the last call, else 0.
int terminal_guard_take_resize(void);

// Waits until `fd` is readable, a signal arrives, or `timeout_ms` passes
// (-1: no limit). The termination signals and SIGWINCH are kept blocked
// outside this wait and let through only inside it (ppoll), so a signal that
// arrives just before the wait still ends it instead of being noticed only
// at the next key. Returns 1 when readable, 0 on timeout or a signal, and
// -1 when the terminal has hung up (its reads would end at once, forever).
int terminal_guard_wait(int fd, int timeout_ms);

// Remembers the terminal modes of `fd` as they are now: call before curses
// starts and changes them.
void terminal_guard_save_modes(int fd);

// Remembers the bytes that leave the alternate screen, show the cursor and so
// on, and from now on restores (at a crash, or at exit() if still armed).
void terminal_guard_arm(const char *reset_bytes);

// A crash also writes "TIMESTAMP crash signal N" to this file descriptor
// (the operator's log), or nowhere when it is -1.
void terminal_guard_log_to(int fd);

// Curses has been ended normally; nothing is left to undo.
void terminal_guard_disarm(void);

// Restores now if armed (write the bytes, reset the modes) and disarms.
void terminal_guard_restore(void);

#endif
