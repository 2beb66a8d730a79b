// The terminal's modes and its restoration on every way out, in C because
// signal handlers may only do async-signal-safe things (write, tcsetattr,
// sigaction, raise). The only place that touches termios.
#ifndef IOM_HISTORY_TERMINAL_GUARD_H
#define IOM_HISTORY_TERMINAL_GUARD_H

// Installs the handlers. Every catchable signal whose default action ends
// the process (INT, TERM, HUP, QUIT, USR1, USR2, ALRM, VTALRM, PROF, IO, PWR,
// STKFLT, XCPU, the real-time signals) only records the signal: the loop sees
// it, restores the terminal and dies of it (terminal_guard_die). TSTP and
// CONT are recorded for the loop to suspend and resume; PIPE and XFSZ are
// ignored, so their writes fail instead. Crash signals (SEGV, BUS, ILL, FPE,
// ABRT, TRAP, SYS) restore the terminal at once and then let the previous
// handler (Swift's backtracer) run.
void terminal_guard_install(void);

// The termination signal received so far, or 0.
int terminal_guard_pending_signal(void);

// 1 if the window's size changed (SIGWINCH) since the last call, else 0.
int terminal_guard_take_resize(void);

// 1 if a SIGTSTP arrived since the last call, else 0.
int terminal_guard_take_stop(void);

// 1 if the process was continued (SIGCONT) since the last call, else 0.
int terminal_guard_take_continue(void);

// Waits until `in_fd` is readable, `out_fd` writable (-1: not watched), a
// signal arrives, or `timeout_ms` passes (-1: no limit). The recorded signals
// are kept blocked outside this wait and let through only inside it
// (ppoll), so a signal that arrives just before the wait still ends it.
// `wake_fd`, if not -1, is watched for reading too (a worker thread's word
// that it is done). Returns a sum of 1 when the input is readable, 2 when
// the output is writable, 4 when `wake_fd` is readable; 0 on timeout or a
// signal, and -1 when the terminal has hung up (its reads would end at
// once, forever).
int terminal_guard_wait(int in_fd, int out_fd, int wake_fd, int timeout_ms);

// Puts the terminal of `fd` into the app's mode: keys one by one and not
// echoed, Ctrl-C and Ctrl-Z as keys, no flow control; with `screen`, output
// bytes as they are (no newline translation). The modes as they were before
// the first call are kept for terminal_guard_reset_modes. Returns 0, or -1
// when `fd` is not a terminal.
int terminal_guard_set_modes(int fd, int screen);

// Gives the terminal back the modes it had before terminal_guard_set_modes.
void terminal_guard_reset_modes(void);

// Where the restoring bytes are written: the session's non-blocking
// descriptor for the terminal, so that a terminal that stopped reading
// cannot hold up the way out.
void terminal_guard_output_to(int fd);

// Remembers the bytes that leave the alternate screen, show the cursor and so
// on, and from now on restores (at a crash, or at exit() if still armed).
void terminal_guard_arm(const char *reset_bytes);

// A crash also writes "TIMESTAMP crash signal N" to this file descriptor
// (the operator's log), or nowhere when it is -1.
void terminal_guard_log_to(int fd);

// The session has ended normally; nothing is left to undo.
void terminal_guard_disarm(void);

// Restores now if armed (write the bytes, reset the modes) and disarms.
void terminal_guard_restore(void);

// Stops the process as SIGTSTP's default action would, and returns once it
// is continued. Call after giving the terminal back.
void terminal_guard_stop(void);

// Restores if armed, then ends the process by `signal_number`'s default
// action, so a service manager sees what happened. Does not return.
void terminal_guard_die(int signal_number);

#endif
