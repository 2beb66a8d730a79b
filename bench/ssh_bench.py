#!/usr/bin/env python3
"""make bench-ssh: many visitors at once over SSH, on loopback.

Starts the bench's own sshd on a free 127.0.0.1 port (a throwaway host key,
the shipped drop-in Resources/deploy/ssh/iom-history.conf, a throwaway
account whose login shell is iom-history-shell), connects --sessions
visitors from one Python process (asyncssh), each with a pty of 80x24, and
once all are connected has each press a key every second for --seconds.
Then it measures memory (PSS) per session, the wake-ups of the idle
sessions, closes everything and removes the account.

Reports connect time, key latency p50/p95/p99, PSS per session for the app
and for sshd, and idle wake-ups, against the budgets; adds them as "ssh" to
bench-results/bench.json (beside what bench.py wrote there) and prints a
table. Needs root (the account, sshd). Progress goes to stderr.
See bench/README.md ("Many visitors over SSH").
"""

import argparse
import asyncio
import datetime
import json
import os
import pwd
import re
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import warnings

sys.dont_write_bytecode = True  # no __pycache__ in the working tree
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from pty_driver import proc_counters, smaps_rollup  # noqa: E402

USER = "iom-bench-visitor"
COLS, ROWS = 80, 24
# Each key changes the screen, so each has an answer: Down and Up move the
# selection and back, Tab goes to the next section.
KEYS = [b"\x1b[B", b"\x1b[A", b"\t"]
# The footer is the last thing a frame writes: seen, the first frame is whole.
FIRST_FRAME_END = b"Quit"

BUDGETS = {"p99_ms": 50.0, "pss_per_session_mib": 4.0, "idle_wakeups": 0}


def log(message):
    print(f"[ssh {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def percentile(values, p):
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def children_map():
    """Every process's children, from /proc/PID/stat."""
    children = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(name))
    return children


def descendants(pid):
    tree, out, todo = children_map(), [], [pid]
    while todo:
        for child in tree.get(todo.pop(), []):
            out.append(child)
            todo.append(child)
    return out


def comm(pid):
    try:
        with open(f"/proc/{pid}/comm") as f:
            return f.read().strip()
    except OSError:
        return None


class Server:
    """The bench's sshd and its account, in a temporary folder."""

    def __init__(self, binary, parallel):
        self.dir = tempfile.mkdtemp(prefix="iom-ssh-bench.")
        self.port = free_port()
        self.proc = None
        self.made_user = False
        # Every session process seen, by pid, with its name: what stop() ends.
        self.seen = {}
        bin_dir = os.path.join(self.dir, "bin")
        os.makedirs(bin_dir)
        for d in (self.dir, bin_dir):
            os.chmod(d, 0o755)
        shell = os.path.join(os.path.dirname(binary), "iom-history-shell")
        if not os.access(shell, os.X_OK):
            raise SystemExit(f"ssh_bench: no iom-history-shell beside {binary} (make build)")
        shutil.copy(binary, os.path.join(bin_dir, "iom-history"))
        shutil.copy(shell, os.path.join(bin_dir, "iom-history-shell"))
        self.shell = os.path.join(bin_dir, "iom-history-shell")
        self.parallel = parallel

    def start(self):
        try:
            pwd.getpwnam(USER)
        except KeyError:
            subprocess.run(["useradd", "--system", "--no-create-home", "--home-dir", "/",
                            "--shell", self.shell, USER], check=True)
            self.made_user = True
        subprocess.run(["usermod", "--shell", self.shell, USER], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.run(["passwd", "-d", USER], check=True, stdout=subprocess.DEVNULL)
        key = os.path.join(self.dir, "host_key")
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key], check=True)
        with open(os.path.join(ROOT, "Resources", "deploy", "ssh", "iom-history.conf")) as f:
            drop_in = f.read()
        drop_in = drop_in.replace("Match User iom-exhibit", f"Match User {USER}")
        drop_in = drop_in.replace("/usr/local/bin/iom-history-shell", self.shell)
        # The one change to the drop-in: its limit on unauthenticated
        # connections (5:50:10: at most 10 waiting) is raised to what the
        # bench's own parallel connects need (sshd takes the last value of
        # MaxStartups, and the drop-in ends inside its Match block, so the
        # line itself is replaced). OpenSSH 9.2 has no PerSourcePenalties;
        # where sshd has it, it is turned off for the bench's loopback flood.
        drop_in, count = re.subn(r"(?m)^MaxStartups .*$", f"MaxStartups {self.parallel * 4}", drop_in)
        if count != 1:
            raise SystemExit("ssh_bench: the drop-in has no MaxStartups line to raise")
        with open(os.path.join(self.dir, "iom-history.conf"), "w") as f:
            f.write(drop_in)
        config = os.path.join(self.dir, "sshd_config")
        os.makedirs("/run/sshd", exist_ok=True)
        for penalties in ("", "PerSourcePenalties no\n"):
            with open(config, "w") as f:
                f.write(f"Port {self.port}\nListenAddress 127.0.0.1\nHostKey {key}\n"
                        f"PidFile {self.dir}/sshd.pid\nUsePAM yes\n{penalties}"
                        f"Include {self.dir}/iom-history.conf\n")
            shown = subprocess.run(["/usr/sbin/sshd", "-T", "-f", config], check=True,
                                   capture_output=True, text=True).stdout
            if "persourcepenalties" not in shown:
                break
        self.log_path = os.path.join(self.dir, "sshd.log")
        self.proc = subprocess.Popen(["/usr/sbin/sshd", "-D", "-f", config, "-E", self.log_path])
        deadline = time.time() + 10
        while time.time() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    return
            except OSError:
                time.sleep(0.1)
        raise SystemExit("ssh_bench: the bench's sshd did not start")

    def processes(self):
        """(app pids, sshd pids) of the sessions; sshd's own listener counts
        with sshd."""
        apps, sshds = [], [self.proc.pid]
        for pid in descendants(self.proc.pid):
            name = comm(pid)
            if name == "iom-history":
                apps.append(pid)
            elif name == "sshd":
                sshds.append(pid)
            self.seen[pid] = name
        return apps, sshds

    def left(self):
        """The session processes seen that still run (a closed session's app
        is no longer sshd's child while it exits)."""
        return [pid for pid, name in self.seen.items() if comm(pid) == name]

    def stop(self):
        """Ends the listener, then any session process it left (by pid),
        removes the account and the folder."""
        if self.proc and self.proc.poll() is None:
            self.processes()
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        for sig in (signal.SIGTERM, signal.SIGKILL):
            for pid in self.left():
                try:
                    os.kill(pid, sig)
                except ProcessLookupError:
                    pass
            deadline = time.time() + 5
            while self.left() and time.time() < deadline:
                time.sleep(0.2)
        if self.made_user:
            subprocess.run(["userdel", USER], stderr=subprocess.DEVNULL)
        try:
            with open(self.log_path, errors="replace") as f:
                self.log_tail = f.read().splitlines()[-400:]
        except (OSError, AttributeError):
            self.log_tail = []
        shutil.rmtree(self.dir, ignore_errors=True)


class Visitor:
    """One SSH session: its output as it arrives, and the answer to each key."""

    def __init__(self):
        self.buffer = bytearray()
        self.first_frame = None  # an asyncio.Event once connecting
        # The last key: when it was sent, and when its answer's first and
        # last bytes came. Keys are a second apart, so the last bytes before
        # the next key are the end of the answer: no quiet window is needed.
        self.sent_at = self.first_at = self.last_at = None
        self.first_ms = []
        self.whole_ms = []
        self.unanswered = 0
        self.conn = None
        self.channel = None
        self.ready = False  # connected, and the first frame seen

    def session_factory(self):
        import asyncssh
        visitor = self

        class Session(asyncssh.SSHClientSession):
            def data_received(self, data, datatype):
                now = time.perf_counter()
                if visitor.sent_at is not None:
                    if visitor.first_at is None:
                        visitor.first_at = now
                    visitor.last_at = now
                if not visitor.first_frame.is_set():
                    visitor.buffer += data
                    if FIRST_FRAME_END in visitor.buffer:
                        visitor.buffer = bytearray()
                        visitor.first_frame.set()

        return Session

    def settle(self):
        """Counts the last key's answer, or that it had none."""
        if self.sent_at is None:
            return
        if self.first_at is None:
            self.unanswered += 1
        else:
            self.first_ms.append((self.first_at - self.sent_at) * 1000)
            self.whole_ms.append((self.last_at - self.sent_at) * 1000)
        self.sent_at = self.first_at = self.last_at = None

    def press(self, key):
        self.settle()
        self.sent_at = time.perf_counter()
        self.channel.write(key)


async def connect(visitor, port, timeout):
    import asyncssh
    visitor.first_frame = asyncio.Event()
    visitor.conn = await asyncssh.connect(
        "127.0.0.1", port, username=USER, known_hosts=None, client_keys=None,
        agent_path=None, password=None, preferred_auth="none,password",
        encryption_algs=["aes128-gcm@openssh.com", "aes128-ctr"],
        connect_timeout=timeout, keepalive_interval=0)
    visitor.channel, _ = await visitor.conn.create_session(
        visitor.session_factory(), term_type="xterm-256color", term_size=(COLS, ROWS),
        encoding=None)
    await asyncio.wait_for(visitor.first_frame.wait(), timeout)


async def run(args, server):
    visitors = [Visitor() for _ in range(args.sessions)]
    gate = asyncio.Semaphore(args.parallel)
    connect_ms, failures = [], []

    last_connected = [0.0]

    async def one(visitor):
        async with gate:
            start = time.perf_counter()
            try:
                await connect(visitor, server.port, args.connect_timeout)
                last_connected[0] = time.perf_counter()
                connect_ms.append((last_connected[0] - start) * 1000)
                visitor.ready = True
            except Exception as error:  # noqa: BLE001: any failure is counted
                failures.append(f"{type(error).__name__}: {error}")

    log(f"connecting {args.sessions} sessions, {args.parallel} at a time")
    t0 = time.perf_counter()
    tasks = [asyncio.ensure_future(one(v)) for v in visitors]
    pending = tasks
    while pending:
        left = t0 + args.max_connect_s - time.perf_counter()
        if left <= 0:
            # Bounded: what has not connected by now is given up.
            for task in pending:
                task.cancel()
            failures.extend(["not connected within --max-connect-s"] * len(pending))
            break
        _, pending = await asyncio.wait(pending, timeout=min(5, left))
        log(f"  {len(connect_ms)} connected, {len(failures)} failed, {time.perf_counter() - t0:.0f} s")
    all_connected_s = last_connected[0] - t0 if connect_ms else None
    live = [v for v in visitors if v.ready]
    log(f"{len(live)} connected in {time.perf_counter() - t0:.1f} s; {len(failures)} failed")

    # Keys: each session one a second, spread evenly over the second.
    log(f"every session presses a key every second for {args.seconds} s")
    cpu0 = resource.getrusage(resource.RUSAGE_SELF)
    start = time.perf_counter() + 1

    async def presser(index, visitor):
        offset = index / max(1, len(live))
        for n in range(args.seconds):
            delay = start + n + offset - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            visitor.press(KEYS[n % len(KEYS)])
        await asyncio.sleep(max(0, start + args.seconds + 1 - time.perf_counter()))
        visitor.settle()

    await asyncio.gather(*(presser(i, v) for i, v in enumerate(live)))
    cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    client_cpu = (cpu1.ru_utime + cpu1.ru_stime - cpu0.ru_utime - cpu0.ru_stime) / (args.seconds + 1)
    latencies = [ms for v in live for ms in v.whole_ms]
    first = [ms for v in live for ms in v.first_ms]
    unanswered = sum(v.unanswered for v in live)

    # Memory while every session is open and has been used.
    apps, sshds = server.processes()
    app_pss = sum(smaps_rollup(p).get("Pss", 0) for p in apps) / 1024
    sshd_pss = sum(smaps_rollup(p).get("Pss", 0) for p in sshds) / 1024
    sessions = max(1, len(live))
    log(f"{len(apps)} app processes, {len(sshds)} sshd processes")

    # Idle: no key for a moment, then count wake-ups of every session's app.
    await asyncio.sleep(2)
    log(f"idle for {args.idle_s} s: counting wake-ups")
    before = {p: proc_counters(p) for p in apps}
    sshd_before = {p: proc_counters(p) for p in sshds}
    await asyncio.sleep(args.idle_s)
    after = {p: proc_counters(p) for p in apps}
    sshd_after = {p: proc_counters(p) for p in sshds}

    def wakeups(b, a):
        return [a[p]["vcsw"] - b[p]["vcsw"] for p in b if b[p] and a.get(p)]

    app_wakeups = wakeups(before, after)
    sshd_wakeups = wakeups(sshd_before, sshd_after)

    log("closing the sessions")
    server.processes()
    opened = [v for v in visitors if v.conn is not None]
    for v in opened:
        v.conn.close()
    await asyncio.gather(*(v.conn.wait_closed() for v in opened), return_exceptions=True)
    deadline = time.time() + 30
    while time.time() < deadline and server.left():
        await asyncio.sleep(0.5)
    if server.left():
        log(f"{len(server.left())} session processes still run 30 s after closing; they are ended")

    return {
        "sessions": args.sessions,
        "connected": len(live),
        "failures": len(failures),
        "failure_examples": sorted(set(failures))[:5],
        "parallel_connects": args.parallel,
        "all_connected_s": all_connected_s,
        "connect_ms": {"p50": percentile(connect_ms, 50), "p95": percentile(connect_ms, 95),
                       "max": max(connect_ms) if connect_ms else None},
        "key_seconds": args.seconds,
        "keys": len(latencies) + unanswered,
        "unanswered": unanswered,
        "latency_ms": {"p50": percentile(latencies, 50), "p95": percentile(latencies, 95),
                       "p99": percentile(latencies, 99), "max": max(latencies) if latencies else None},
        "first_byte_ms": {"p50": percentile(first, 50), "p99": percentile(first, 99)},
        "app_processes": len(apps),
        "sshd_processes": len(sshds),
        "app_pss_mib_per_session": app_pss / sessions,
        "sshd_pss_mib_per_session": sshd_pss / sessions,
        "idle_s": args.idle_s,
        "idle_app_wakeups_total": sum(app_wakeups),
        "idle_app_wakeups_max": max(app_wakeups) if app_wakeups else None,
        "idle_sshd_wakeups_total": sum(sshd_wakeups),
        "client_cpu_share": client_cpu,
    }


def budgets(r):
    total = r["app_pss_mib_per_session"] + r["sshd_pss_mib_per_session"]
    p99 = r["latency_ms"]["p99"]
    complete = r["connected"] == r["sessions"] and r["unanswered"] == 0
    return [
        {"budget": f"all {r['sessions']} sessions connected, every key answered",
         "value": f"{r['connected']} connected, {r['unanswered']} unanswered", "pass": complete},
        {"budget": "key latency p99 ≤ 50 ms", "value": p99,
         "pass": p99 is not None and p99 <= BUDGETS["p99_ms"], "unit": "ms"},
        {"budget": "app + sshd PSS per session ≤ 4 MiB", "value": total,
         "pass": total <= BUDGETS["pss_per_session_mib"], "unit": "MiB"},
        {"budget": "idle wake-ups of an idle session = 0", "value": r["idle_app_wakeups_max"],
         "pass": r["idle_app_wakeups_max"] == BUDGETS["idle_wakeups"], "unit": ""},
    ]


def table(r):
    def f(x, digits=1):
        return "—" if x is None else f"{x:.{digits}f}"

    lat, con = r["latency_ms"], r["connect_ms"]
    lines = [
        f"SSH sessions on loopback: {r['connected']} of {r['sessions']} connected "
        f"({r['parallel_connects']} at a time), {r['key_seconds']} s of one key a second each",
        f"  all connected in            {f(r['all_connected_s'])} s "
        f"(one session: median {f(con['p50'], 0)} ms, p95 {f(con['p95'], 0)} ms, max {f(con['max'], 0)} ms)",
        f"  key latency p50 / p95 / p99 {f(lat['p50'], 2)} / {f(lat['p95'], 2)} / {f(lat['p99'], 2)} ms "
        f"(max {f(lat['max'], 1)} ms; {r['keys']} keys, {r['unanswered']} unanswered)",
        f"    to the first byte p50 / p99 {f(r['first_byte_ms']['p50'], 2)} / {f(r['first_byte_ms']['p99'], 2)} ms",
        f"  PSS per session             app {f(r['app_pss_mib_per_session'], 2)} MiB, "
        f"sshd {f(r['sshd_pss_mib_per_session'], 2)} MiB "
        f"({r['app_processes']} app and {r['sshd_processes']} sshd processes)",
        f"  idle wake-ups in {r['idle_s']:g} s       app: {r['idle_app_wakeups_total']} in all, "
        f"at most {r['idle_app_wakeups_max']} a session; sshd: {r['idle_sshd_wakeups_total']} in all",
        f"  the client (one Python process) used {100 * r['client_cpu_share']:.0f}% of a core while keys were pressed",
    ]
    for b in r["budgets"]:
        v = b["value"]
        shown = v if isinstance(v, str) or v is None else f"{v:.3g}{' ' + b['unit'] if b['unit'] else ''}"
        lines.append(f"  {'PASS' if b['pass'] else 'FAIL'}  {b['budget']}: {shown}")
    return "\n".join(lines)


def ensure_asyncssh():
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    warnings.filterwarnings("ignore", message=".*DSA.*")
    try:
        import asyncssh  # noqa: F401
    except ImportError:
        log("installing asyncssh from PyPI")
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--root-user-action=ignore",
                        "asyncssh"], check=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "iom-history"))
    ap.add_argument("--sessions", type=int, default=1000, help="visitors at once (1 to 2000)")
    ap.add_argument("--seconds", type=int, default=30, help="seconds of one key a second each (1 to 300)")
    ap.add_argument("--parallel", type=int, default=16, help="connects in flight at once (1 to 100)")
    ap.add_argument("--idle-s", type=float, default=10.0, help="seconds the idle wake-ups are counted")
    ap.add_argument("--connect-timeout", type=float, default=60.0, help="seconds one connect may take")
    ap.add_argument("--max-connect-s", type=float, default=600.0,
                    help="seconds all connects may take together; the rest are given up")
    ap.add_argument("--out", default=os.path.join(ROOT, "bench-results", "bench.json"))
    args = ap.parse_args()
    if not (1 <= args.sessions <= 2000 and 1 <= args.seconds <= 300 and 1 <= args.parallel <= 100):
        ap.error("--sessions 1 to 2000, --seconds 1 to 300, --parallel 1 to 100")
    if os.geteuid() != 0:
        raise SystemExit("ssh_bench: needs root (its own sshd and a throwaway account)")
    if not os.access("/usr/sbin/sshd", os.X_OK):
        raise SystemExit("ssh_bench: no /usr/sbin/sshd (apt-get install openssh-server)")
    ensure_asyncssh()
    # One socket a session in this process, and sshd's children inherit the limit.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    need = args.sessions * 2 + 256
    if soft < need:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, max(need, soft)), hard))
        if min(hard, need) < need:
            log(f"warning: only {hard} file descriptors allowed for {args.sessions} sessions")
    # A pty a session: outside the first devpts instance (a container), the
    # kernel keeps kernel.pty.reserve of kernel.pty.max for that one.
    with open("/proc/sys/kernel/pty/max") as f:
        pty_max = int(f.read())
    with open("/proc/sys/kernel/pty/reserve") as f:
        pty_max -= int(f.read())
    if pty_max < args.sessions + 64:
        raise SystemExit(f"ssh_bench: only {pty_max} ptys to be had, too few for {args.sessions} sessions")
    # Two sshd processes and the app a session, all but one sshd the visitor's.
    nproc = resource.getrlimit(resource.RLIMIT_NPROC)[0]
    if nproc != resource.RLIM_INFINITY and nproc < args.sessions * 3 + 64:
        raise SystemExit(f"ssh_bench: RLIMIT_NPROC {nproc} is too low for {args.sessions} sessions")

    server = Server(os.path.abspath(args.bin), args.parallel)

    def on_signal(signum, frame):
        server.stop()
        sys.exit(128 + signum)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    started = datetime.datetime.now().astimezone()
    # The whole run is bounded: connects, keys, idle and closing, with room.
    limit = args.max_connect_s + args.connect_timeout + args.seconds + args.idle_s + 120
    try:
        server.start()
        result = asyncio.run(asyncio.wait_for(run(args, server), limit))
    finally:
        server.stop()
    if result["failures"]:
        result["sshd_log_tail"] = server.log_tail
    result["budgets"] = budgets(result)
    result["started"] = started.isoformat(timespec="seconds")
    result["table"] = table(result)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    try:
        with open(args.out) as f:
            everything = json.load(f)
    except (OSError, ValueError):
        everything = {}
    everything["ssh"] = result
    with open(args.out, "w") as f:
        json.dump(everything, f, indent=1, ensure_ascii=False)
    print(result["table"])
    print(f"JSON: {os.path.relpath(args.out, os.getcwd())} (\"ssh\")")


if __name__ == "__main__":
    main()
