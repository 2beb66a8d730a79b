#include "terminal_guard.h"

#define _GNU_SOURCE
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

static volatile sig_atomic_t pending_signal = 0;
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

static void on_termination(int signal_number) { pending_signal = signal_number; }

static void on_crash(int signal_number) {
  terminal_guard_restore();
  for (int i = 0; i < crash_count; i++) {
    if (crash_signals[i] == signal_number) {
      sigaction(signal_number, &previous[i], NULL);
      break;
    }
  }
  // Delivered once this handler returns, to the previous handler.
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

  // Held back until terminal_guard_wait lets them in (SIGWINCH too: ncurses'
  // own handler only sets a flag that the next read turns into KEY_RESIZE).
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
