#!/usr/bin/env python3
"""The kiosk on a terminal that stops taking its output (XOFF, Scroll Lock,
a stalled SSH link): keys and timers must still work, and SIGTERM must end
it within a few seconds with the terminal's modes given back.

  stalled-terminal.py BIN LOGFILE

Runs BIN --kiosk in a pseudo-terminal of 100x30, waits for its first frame,
then suspends the terminal's output (tcflow TCOOFF, what XOFF does), types
2 and 3, waits for the idle reset, sends SIGTERM and checks. Prints what went
wrong and exits 1 on failure; exits 0 when all is well.
"""
import fcntl
import os
import select
import signal
import struct
import sys
import termios
import time

binary, log = sys.argv[1], sys.argv[2]
problems = []


def log_text():
    try:
        with open(log) as file:
            return file.read()
    except OSError:
        return ""


def wait_for(what, condition, seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    problems.append(f"timed out waiting for {what}; log: {log_text()!r}")
    return False


master, slave = os.openpty()
fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
slave_modes = termios.tcgetattr(slave)
pid = os.fork()
if pid == 0:
    os.setsid()
    fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
    for descriptor in (0, 1, 2):
        os.dup2(slave, descriptor)
    os.close(master)
    os.close(slave)
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8",
               SWIFT_BACKTRACE="interactive=no")
    os.execve(binary, [binary, "--kiosk", "--idle", "2", "--log", log], env)

# The first frame, read as it comes.
seen = b""
deadline = time.monotonic() + 10
while b"1 Timeline" not in seen and time.monotonic() < deadline:
    ready, _, _ = select.select([master], [], [], 0.2)
    if ready:
        seen += os.read(master, 65536)
if b"1 Timeline" not in seen:
    print("the first frame never came")
    sys.exit(1)
time.sleep(0.3)
while select.select([master], [], [], 0.1)[0]:
    os.read(master, 65536)

# From now on nothing the kiosk writes reaches the terminal.
termios.tcflow(slave, termios.TCOOFF)
os.write(master, b"2")
wait_for("the key 2 while output is stopped", lambda: "section opened: work areas" in log_text(), 5)
os.write(master, b"3")
wait_for("the key 3 while output is stopped",
         lambda: "section opened: photo exhibition" in log_text(), 5)
wait_for("the idle reset while output is stopped",
         lambda: "idle reset" in log_text(), 6)

os.kill(pid, signal.SIGTERM)
sent = time.monotonic()
status = None
while time.monotonic() - sent < 5:
    done, status = os.waitpid(pid, os.WNOHANG)
    if done:
        break
    status = None
    time.sleep(0.05)
if status is None:
    problems.append("still running 5 s after SIGTERM")
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
else:
    if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGTERM):
        problems.append(f"did not die of SIGTERM: wait status {status}")
    if "stop: signal 15" not in log_text():
        problems.append(f"no stop in the log: {log_text()!r}")
    modes = termios.tcgetattr(slave)
    if modes[3] & termios.ECHO == 0 or modes[3] & termios.ICANON == 0:
        problems.append("echo or line editing left off")
    if modes != slave_modes:
        problems.append("the terminal's modes differ from before")

for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
