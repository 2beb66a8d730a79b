#include "terminal_guard.h"

#define _GNU_SOURCE
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <stdlib.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t pending_signal = 0;
static volatile sig_atomic_t resized = 0;
static volatile sig_atomic_t armed = 0;
static int saved_fd = -1;
static struct termios saved_modes;
static char reset_bytes[512];
static size_t reset_length = 0;

static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
enum { crash_count = sizeof crash_signals / sizeof crash_signals[0] };
static struct sigaction previous[crash_count];
// The signal mask to wait with: the one the process had before install.
static sigset_t wait_mask;

void terminal_guard_restore(void) {
  if (!armed) return;
  armed = 0;
  if (reset_length > 0) {
    ssize_t ignored = write(STDOUT_FILENO, reset_bytes, reset_length);
    (void)ignored;
  }
  if (saved_fd >= 0) tcsetattr(saved_fd, TCSANOW, &saved_modes);
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
  // No SA_RESTART: a blocking read returns EINTR so the loop notices at once.
  action.sa_handler = on_termination;
  sigaction(SIGINT, &action, NULL);
  sigaction(SIGTERM, &action, NULL);
  sigaction(SIGHUP, &action, NULL);
  sigaction(SIGQUIT, &action, NULL);
  // Installed before curses starts, so ncurses keeps its own handler out:
  // the app reads its input itself and asks for the new size.
  action.sa_handler = on_resize;
  sigaction(SIGWINCH, &action, NULL);

  // Held back until terminal_guard_wait lets them in.
  sigset_t held;
  sigemptyset(&held);
  sigaddset(&held, SIGINT);
  sigaddset(&held, SIGTERM);
  sigaddset(&held, SIGHUP);
  sigaddset(&held, SIGQUIT);
  sigaddset(&held, SIGWINCH);
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

int terminal_guard_wait(int fd, int timeout_ms) {
  struct pollfd watched = {.fd = fd, .events = POLLIN};
  struct timespec limit = {.tv_sec = timeout_ms / 1000, .tv_nsec = (long)(timeout_ms % 1000) * 1000000L};
  int ready = ppoll(&watched, 1, timeout_ms < 0 ? NULL : &limit, &wait_mask);
  if (ready <= 0) return 0;
  if (watched.revents & (POLLHUP | POLLERR | POLLNVAL)) return -1;
  return 1;
}

static void restore_at_exit(void) { terminal_guard_restore(); }

void terminal_guard_save_modes(int fd) { saved_fd = tcgetattr(fd, &saved_modes) == 0 ? fd : -1; }

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
