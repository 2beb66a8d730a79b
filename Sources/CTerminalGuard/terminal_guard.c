#include "terminal_guard.h"

#define _GNU_SOURCE
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <stdio.h>
#include <stdlib.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t pending_signal = 0;
static volatile sig_atomic_t resized = 0;
static volatile sig_atomic_t stopped = 0;
static volatile sig_atomic_t continued = 0;
static volatile sig_atomic_t armed = 0;
static int output_fd = STDOUT_FILENO;
static int saved_fd = -1;
static struct termios saved_modes;
static char reset_bytes[512];
static size_t reset_length = 0;

static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS};
enum { crash_count = sizeof crash_signals / sizeof crash_signals[0] };
static struct sigaction previous[crash_count];
// The signal mask to wait with: the one the process had before install.
static sigset_t wait_mask;

// The signals whose default action ends the process and that no crash
// raises: the loop shuts down properly on any of them.
static void add_termination_signals(sigset_t *set) {
  const int named[] = {SIGINT,  SIGTERM,   SIGHUP,  SIGQUIT, SIGUSR1, SIGUSR2,
                       SIGALRM, SIGVTALRM, SIGPROF, SIGIO,   SIGXCPU,
#ifdef SIGPWR
                       SIGPWR,
#endif
#ifdef SIGSTKFLT
                       SIGSTKFLT,
#endif
  };
  for (size_t i = 0; i < sizeof named / sizeof named[0]; i++) sigaddset(set, named[i]);
  for (int number = SIGRTMIN; number <= SIGRTMAX; number++) sigaddset(set, number);
}

void terminal_guard_reset_modes(void) {
  if (saved_fd >= 0) tcsetattr(saved_fd, TCSANOW, &saved_modes);
}

void terminal_guard_restore(void) {
  if (!armed) return;
  armed = 0;
  if (reset_length > 0) {
    ssize_t ignored = write(output_fd, reset_bytes, reset_length);
    (void)ignored;
  }
  terminal_guard_reset_modes();
}

void terminal_guard_output_to(int fd) { output_fd = fd; }

int terminal_guard_set_modes(int fd, int screen) {
  if (saved_fd < 0) {
    if (tcgetattr(fd, &saved_modes) != 0) return -1;
    saved_fd = fd;
  }
  struct termios modes = saved_modes;
  modes.c_lflag &= ~(tcflag_t)(ICANON | ECHO | ISIG | IEXTEN);
  modes.c_iflag &= ~(tcflag_t)(IXON | ICRNL | BRKINT | PARMRK);
  // The frames hold no newline or tab for the driver to translate, and
  // without output processing the kernel copies a frame instead of looking
  // at each of its bytes.
  if (screen) modes.c_oflag &= ~(tcflag_t)OPOST;
  modes.c_cc[VMIN] = 1;
  modes.c_cc[VTIME] = 0;
  // TCSANOW: draining first would wait on a terminal that stopped reading.
  return tcsetattr(fd, TCSANOW, &modes);
}

static int log_fd = -1;

void terminal_guard_log_to(int fd) { log_fd = fd; }

// Appends the decimal digits of `value` (at least `width` of them) to `out`.
static char *put_number(char *out, long value, int width) {
  char digits[24];
  int count = 0;
  do {
    digits[count++] = (char)('0' + value % 10);
    value /= 10;
  } while (value > 0 || count < width);
  while (count > 0) *out++ = digits[--count];
  return out;
}

// "2026-11-30T08:15:02Z crash signal 11" with only async-signal-safe calls:
// clock_gettime and write, and the civil calendar computed by hand.
static void log_crash(int signal_number) {
  if (log_fd < 0) return;
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  long days = (long)(now.tv_sec / 86400), rest = (long)(now.tv_sec % 86400);
  // Days since 1970-01-01 to year, month, day (H. Hinnant's algorithm).
  long z = days + 719468, era = z / 146097, doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100), mp = (5 * doy + 2) / 153;
  long day = doy - (153 * mp + 2) / 5 + 1, month = mp < 10 ? mp + 3 : mp - 9;
  long year = yoe + era * 400 + (month <= 2);
  char line[80], *out = line;
  out = put_number(out, year, 4), *out++ = '-', out = put_number(out, month, 2), *out++ = '-';
  out = put_number(out, day, 2), *out++ = 'T', out = put_number(out, rest / 3600, 2), *out++ = ':';
  out = put_number(out, rest / 60 % 60, 2), *out++ = ':', out = put_number(out, rest % 60, 2);
  const char *text = "Z crash signal ";
  while (*text) *out++ = *text++;
  out = put_number(out, signal_number, 1);
  *out++ = '\n';
  ssize_t ignored = write(log_fd, line, (size_t)(out - line));
  (void)ignored;
}

static void on_termination(int signal_number) { pending_signal = signal_number; }

static void on_stop(int signal_number) {
  (void)signal_number;
  stopped = 1;
}

static void on_continue(int signal_number) {
  (void)signal_number;
  continued = 1;
}

static void on_resize(int signal_number) {
  (void)signal_number;
  resized = 1;
}

static void on_crash(int signal_number) {
  terminal_guard_restore();
  log_crash(signal_number);
  for (int i = 0; i < crash_count; i++) {
    if (crash_signals[i] == signal_number) {
      sigaction(signal_number, &previous[i], NULL);
      break;
    }
  }
  // Delivered at once (SA_NODEFER), to the previous handler: Swift's crash
  // report, or the default action.
  raise(signal_number);
  // Still running: the previous handler returned, as Swift's does in a debug
  // build for a signal sent with kill rather than a fault. End the way the
  // signal's default action would.
  signal(signal_number, SIG_DFL);
  raise(signal_number);
}

void terminal_guard_install(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  sigemptyset(&action.sa_mask);
  sigset_t held;
  sigemptyset(&held);
  add_termination_signals(&held);
  // No SA_RESTART: a blocking call returns EINTR so the loop notices at once.
  action.sa_handler = on_termination;
  for (int number = 1; number < NSIG; number++) {
    if (sigismember(&held, number) == 1) sigaction(number, &action, NULL);
  }
  // The app reads its input itself and asks for the new size.
  action.sa_handler = on_resize;
  sigaction(SIGWINCH, &action, NULL);
  action.sa_handler = on_stop;
  sigaction(SIGTSTP, &action, NULL);
  action.sa_handler = on_continue;
  sigaction(SIGCONT, &action, NULL);
  // A write to a closed pipe or past the file size limit (a log) fails with
  // EPIPE or EFBIG instead of ending the kiosk.
  signal(SIGPIPE, SIG_IGN);
  signal(SIGXFSZ, SIG_IGN);

  // Held back until terminal_guard_wait lets them in.
  sigaddset(&held, SIGWINCH);
  sigaddset(&held, SIGTSTP);
  sigaddset(&held, SIGCONT);
  sigprocmask(SIG_BLOCK, &held, &wait_mask);

  action.sa_handler = on_crash;
  action.sa_flags = SA_NODEFER;
  for (int i = 0; i < crash_count; i++) sigaction(crash_signals[i], &action, &previous[i]);
}

int terminal_guard_pending_signal(void) { return pending_signal; }

int terminal_guard_take_resize(void) {
  int was_resized = resized;
  resized = 0;
  return was_resized;
}

int terminal_guard_take_stop(void) {
  int was_stopped = stopped;
  stopped = 0;
  return was_stopped;
}

int terminal_guard_take_continue(void) {
  int was_continued = continued;
  continued = 0;
  return was_continued;
}

int terminal_guard_wait(int in_fd, int out_fd, int wake_fd, int timeout_ms) {
  // A negative descriptor is left out by poll.
  struct pollfd watched[3] = {{.fd = in_fd, .events = POLLIN},
                              {.fd = out_fd, .events = POLLOUT},
                              {.fd = wake_fd, .events = POLLIN}};
  struct timespec limit = {.tv_sec = timeout_ms / 1000, .tv_nsec = (long)(timeout_ms % 1000) * 1000000L};
  int ready = ppoll(watched, 3, timeout_ms < 0 ? NULL : &limit, &wait_mask);
  if (ready <= 0) return 0;
  const short broken = POLLHUP | POLLERR | POLLNVAL;
  if ((watched[0].revents & broken) || (out_fd >= 0 && (watched[1].revents & broken))) return -1;
  return ((watched[0].revents & POLLIN) ? 1 : 0) | ((out_fd >= 0 && (watched[1].revents & POLLOUT)) ? 2 : 0) |
         ((wake_fd >= 0 && (watched[2].revents & POLLIN)) ? 4 : 0);
}

void terminal_guard_stop(void) {
  struct sigaction stop_default, mine;
  memset(&stop_default, 0, sizeof stop_default);
  stop_default.sa_handler = SIG_DFL;
  sigemptyset(&stop_default.sa_mask);
  sigaction(SIGTSTP, &stop_default, &mine);
  sigset_t only;
  sigemptyset(&only);
  sigaddset(&only, SIGTSTP);
  raise(SIGTSTP);
  // Delivered now, as the default action: the process stops here.
  sigprocmask(SIG_UNBLOCK, &only, NULL);
  sigprocmask(SIG_BLOCK, &only, NULL);
  sigaction(SIGTSTP, &mine, NULL);
  // The SIGCONT that woke us is handled here, not as a second resume.
  sigemptyset(&only);
  sigaddset(&only, SIGCONT);
  sigprocmask(SIG_UNBLOCK, &only, NULL);
  sigprocmask(SIG_BLOCK, &only, NULL);
  continued = 0;
}

void terminal_guard_die(int signal_number) {
  terminal_guard_restore();
  fflush(NULL);
  signal(signal_number, SIG_DFL);
  sigset_t only;
  sigemptyset(&only);
  sigaddset(&only, signal_number);
  raise(signal_number);
  sigprocmask(SIG_UNBLOCK, &only, NULL);
  // A signal whose default action does not end the process.
  _exit(128 + signal_number);
}

static void restore_at_exit(void) { terminal_guard_restore(); }

void terminal_guard_arm(const char *bytes) {
  static int registered = 0;
  if (!registered) {
    atexit(restore_at_exit);
    registered = 1;
  }
  reset_length = 0;
  if (bytes) {
    size_t length = strlen(bytes);
    if (length >= sizeof reset_bytes) length = sizeof reset_bytes - 1;
    memcpy(reset_bytes, bytes, length);
    reset_length = length;
  }
  armed = 1;
}

void terminal_guard_disarm(void) { armed = 0; }
