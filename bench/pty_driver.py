"""Runs a program in a pseudo-terminal the way a terminal emulator does.

Each program gets a new pty of the requested size (TIOCSWINSZ before it
starts), becomes the leader of a new session with the pty as its controlling
terminal (so a size change sends it SIGWINCH), and has the pty as stdin,
stdout and stderr. The driver reads everything the program writes as it
arrives, time-stamping each read, and answers nothing.

"Settled" means: at least one byte has arrived since the reference time, no
byte has arrived for the quiet window, and (when a check is given) the screen
as the emulator in vt.py shows it passes the check. The time reported is that
of the LAST byte before the quiet window, so the quiet window itself is never
part of a measurement.

Process figures come from /proc: CPU time from /proc/PID/task/*/schedstat
(nanoseconds, summed over threads; /proc/PID/stat only has 10 ms ticks),
context switches from /proc/PID/task/*/status, memory from /proc/PID/status.

Standard library only.
"""

import errno
import fcntl
import os
import select
import signal
import struct
import termios
import time

import vt

perf = time.perf_counter


def set_size(fd, cols, rows):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


def proc_counters(pid):
    """CPU (ns), voluntary and involuntary context switches, threads."""
    cpu = vol = invol = threads = 0
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return None
    for tid in tids:
        base = f"/proc/{pid}/task/{tid}"
        try:
            with open(base + "/schedstat") as f:
                cpu += int(f.read().split()[0])
            with open(base + "/status") as f:
                for line in f:
                    if line.startswith("voluntary_ctxt_switches"):
                        vol += int(line.split()[1])
                    elif line.startswith("nonvoluntary_ctxt_switches"):
                        invol += int(line.split()[1])
            threads += 1
        except (OSError, ValueError, IndexError):
            pass
    return {"cpu_ns": cpu, "vcsw": vol, "nvcsw": invol, "threads": threads}


def proc_times(pid):
    """utime and stime in seconds, from /proc/PID/stat (10 ms ticks; whole
    process, exited threads included)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        tick = os.sysconf("SC_CLK_TCK")
        return int(fields[11]) / tick, int(fields[12]) / tick
    except (OSError, IndexError, ValueError):
        return None


def proc_memory(pid):
    """VmRSS, VmHWM, RssAnon, RssFile, RssShmem in KiB."""
    out = {}
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                key, _, rest = line.partition(":")
                if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile", "RssShmem", "VmSize"):
                    out[key] = int(rest.split()[0])
    except OSError:
        pass
    return out


def smaps_rollup(pid):
    out = {}
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 3 and parts[-1] == "kB":
                    out[parts[0].rstrip(":")] = int(parts[1])
    except OSError:
        pass
    return out


def smaps_by_mapping(pid, top=12):
    """The largest contributors to RSS, by mapped file (or [heap], anon)."""
    sizes = {}
    name = None
    try:
        with open(f"/proc/{pid}/smaps") as f:
            for line in f:
                first = line.split(None, 1)[0]
                if "-" in first and not first.endswith(":"):
                    parts = line.split()
                    name = parts[5] if len(parts) > 5 else "[anon]"
                elif first == "Rss:" and name is not None:
                    sizes[name] = sizes.get(name, 0) + int(line.split()[1])
    except OSError:
        return []
    return sorted(sizes.items(), key=lambda kv: -kv[1])[:top]


class Pty:
    """One program on its own pty."""

    def __init__(self, argv, env, cols, rows):
        self.argv = argv
        self.master, slave = os.openpty()
        set_size(slave, cols, rows)
        slave_name = os.ttyname(slave)
        self.screen = vt.Screen(cols, rows)
        self.unfed = []
        self.total_bytes = 0
        self.t_first = None
        self.t_last = None
        self.alive = True
        self.status = None
        self.rusage = None
        actions = [
            # Opening the pty after setsid makes it the controlling terminal.
            (os.POSIX_SPAWN_OPEN, 0, slave_name, os.O_RDWR, 0),
            (os.POSIX_SPAWN_DUP2, 0, 1),
            (os.POSIX_SPAWN_DUP2, 0, 2),
        ]
        self.t_spawn = perf()
        self.pid = os.posix_spawn(argv[0], argv, env, file_actions=actions, setsid=True)
        os.close(slave)
        os.set_blocking(self.master, False)

    # ----- output -------------------------------------------------------
    def read_available(self):
        got = 0
        while True:
            try:
                data = os.read(self.master, 65536)
            except BlockingIOError:
                return got
            except OSError as e:  # EIO: every slave end closed, the program is gone
                if e.errno == errno.EIO:
                    self.alive = False
                    return got
                raise
            if not data:
                self.alive = False
                return got
            t = perf()
            if self.t_first is None:
                self.t_first = t
            self.t_last = t
            self.unfed.append(data)
            self.total_bytes += len(data)
            got += len(data)

    def feed(self):
        if self.unfed:
            self.screen.feed(b"".join(self.unfed))
            self.unfed = []

    def settle(self, t0, quiet, first_timeout, total_timeout, check=None):
        """Reads until settled (see the module's doc). Returns (t_last, ok):
        t_last is None when no byte arrived within first_timeout; ok is False
        when the check never passed before total_timeout."""
        start_bytes = self.total_bytes
        failed_at = -1
        while True:
            now = perf()
            if self.total_bytes == start_bytes:
                deadline = t0 + first_timeout
            elif self.total_bytes != failed_at:
                deadline = self.t_last + quiet
            else:
                deadline = t0 + total_timeout
            if now >= deadline or not self.alive:
                if self.total_bytes == start_bytes:
                    return None, False
                if self.total_bytes != failed_at:
                    if check is None:
                        return self.t_last, True
                    self.feed()
                    if check(self.screen):
                        return self.t_last, True
                    failed_at = self.total_bytes
                    if not self.alive or perf() >= t0 + total_timeout:
                        return self.t_last, False
                    continue
                return self.t_last, False
            if now >= t0 + total_timeout and self.total_bytes != start_bytes:
                # Output never goes quiet (an animation): give up.
                if check is not None:
                    self.feed()
                    return self.t_last, check(self.screen)
                return self.t_last, False
            wait = min(deadline, t0 + total_timeout) - now
            ready, _, _ = select.select([self.master], [], [], max(0.0, wait))
            if ready:
                self.read_available()

    def drain_for(self, seconds):
        """Keeps reading (and answering nothing) for `seconds`."""
        end = perf() + seconds
        while True:
            now = perf()
            if now >= end or not self.alive:
                return
            ready, _, _ = select.select([self.master], [], [], end - now)
            if ready:
                self.read_available()

    # ----- input --------------------------------------------------------
    def write(self, data):
        os.write(self.master, data)

    def write_all(self, data):
        """Writes `data`, reading output meanwhile so neither side blocks."""
        view = memoryview(data)
        while view:
            ready_r, ready_w, _ = select.select([self.master], [self.master], [], 5.0)
            if ready_r:
                self.read_available()
            if ready_w:
                try:
                    n = os.write(self.master, view)
                    view = view[n:]
                except BlockingIOError:
                    pass
            if not self.alive:
                return

    def resize(self, cols, rows):
        """Changes the window size as a terminal emulator does; returns the
        time of the change. The emulator keeps the top-left of the screen."""
        self.read_available()
        self.feed()
        self.screen.resize(cols, rows)
        t0 = perf()
        set_size(self.master, cols, rows)
        return t0

    # ----- the process ----------------------------------------------------
    def counters(self):
        return proc_counters(self.pid)

    def memory(self):
        return proc_memory(self.pid)

    def close(self):
        """Ends the program (SIGTERM, then SIGKILL) and collects its rusage."""
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            end = perf() + 2.0
            while self.status is None:
                pid, status, usage = os.wait4(self.pid, os.WNOHANG)
                if pid == self.pid:
                    self.status, self.rusage = status, usage
                    break
                if perf() > end:
                    os.kill(self.pid, signal.SIGKILL)
                    _, self.status, self.rusage = os.wait4(self.pid, 0)
                    break
                ready, _, _ = select.select([self.master], [], [], 0.01)
                if ready:
                    self.read_available()
        try:
            os.close(self.master)
        except OSError:
            pass
        return self.rusage
