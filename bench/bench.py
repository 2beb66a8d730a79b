#!/usr/bin/env python3
"""make bench: iom-history against dialog and less, in a real pseudo-terminal.

Drives the release binary in a 100x30 pty exactly as a terminal emulator
would (see pty_driver.py and vt.py), next to `dialog --menu` over the twelve
milestones and `less` on the output of `iom-history dump`, and reports
medians with min-max over interleaved rounds: start-up, key latency, CPU and
bytes per key, idle CPU and wake-ups, memory, soak, resize, and the same with
a generated content set of 10,000 events and 2,000 captions, and the start-up
with one of 1,000 events.

Writes a table to stdout and everything (raw values included) to
bench-results/bench.json. Progress goes to stderr. See bench/README.md.

Python 3 standard library only.
"""

import argparse
import datetime
import json
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True  # no __pycache__ in the working tree

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import content_gen  # noqa: E402
import pty_driver  # noqa: E402
import search_bench  # noqa: E402
import vt  # noqa: E402
from key_script import MAPPING, SOAK_MAPPING, key_bytes, script_for  # noqa: E402
from pty_driver import Pty, perf  # noqa: E402
from report import _render, cell, table  # noqa: E402

COLS, ROWS = 100, 30
RESIZES = [(120, 40), (80, 24), (100, 30)]

# dialog's menu: the twelve milestones, as tags and items.
MILESTONES = [
    ("1951", "PICMME founded in Brussels"),
    ("1952", "ICEM"),
    ("1953", "Venice constitution"),
    ("1954", "Constitution in force / Germany member"),
    ("1980", "ICM"),
    ("1989", "IOM"),
    ("2015", "GMDAC"),
    ("2016", "FAP"),
    ("2016", "UN related organization"),
    ("2019", "Virtual Counselling"),
    ("2022", "GDI"),
    ("2024", "70 years"),
]


# ---------------------------------------------------------------------------
def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def median(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def pct(xs, p):
    xs = sorted(x for x in xs if x is not None)
    if not xs:
        return None
    k = max(0, math.ceil(p / 100 * len(xs)) - 1)
    return xs[k]


def summary(xs):
    xs = [x for x in xs if x is not None]
    if not xs:
        return None
    return {"median": statistics.median(xs), "min": min(xs), "max": max(xs), "n": len(xs)}


class Program:
    """How to start one program and how to recognise its complete frame."""

    def __init__(self, name, argv, env, compare_rows=None, label=None):
        self.name = name
        self.label = label or name
        self.argv = argv
        self.env = env
        # Which screen rows must match the reference frame: all, or (for
        # less, whose prompt line changes after a resize) all but the last,
        # which must then just be non-blank.
        self.compare_rows = compare_rows
        self.reference = {}  # (cols, rows) -> list of lines

    def check(self, cols, rows):
        ref = self.reference.get((cols, rows))
        if ref is None:
            return None
        n = rows if self.compare_rows is None else rows + self.compare_rows

        def ok(screen):
            if screen.cols != cols or screen.rows != rows:
                return False
            lines = screen.lines()
            if lines[:n] != ref[:n]:
                return False
            return all(line.strip() for line in lines[n:])

        return ok


class Bench:
    def __init__(self, args):
        self.args = args
        self.quiet = args.quiet_ms / 1000.0
        self.results = {}
        self.tmp = tempfile.mkdtemp(prefix="iom-bench-")
        self.home = os.path.join(self.tmp, "home")
        os.makedirs(self.home)
        self.live = []

    # ----- set-up ----------------------------------------------------------
    def env(self, extra=None):
        env = {
            "TERM": "xterm-256color",
            "LANG": "C.UTF-8",
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": self.home,
            "LESSHISTFILE": "-",
        }
        env.update(extra or {})
        return env

    def setup(self):
        a = self.args
        self.bin = os.path.abspath(a.bin)
        if not os.access(self.bin, os.X_OK):
            raise SystemExit(f"bench: {self.bin} is not an executable; build it first")
        self.dialog = shutil.which("dialog")
        self.less = shutil.which("less")
        if not self.dialog or not self.less:
            raise SystemExit("bench: needs dialog and less (make bench installs them)")
        help_text = subprocess.run(
            [self.bin, "--help"], capture_output=True, text=True, env=self.env()).stdout
        self.has_kiosk = "--kiosk" in help_text

        self.dump_path = os.path.join(self.tmp, "iom-history-dump.txt")
        with open(self.dump_path, "wb") as f:
            subprocess.run([self.bin, "dump"], stdout=f, check=True, env=self.env())

        log(f"generating the scale content ({a.scale_events} events, {a.scale_captions} captions)")
        resources = os.path.join(ROOT, "Resources")
        self.scale_dir = content_gen.generate(
            resources, os.path.join(self.tmp, "scale"), a.scale_events, a.scale_captions)
        log(f"generating the small set ({a.small_events} events, {a.small_captions} captions)")
        self.small_dir = content_gen.generate(
            resources, os.path.join(self.tmp, "small"), a.small_events, a.small_captions)
        self.resources_copy = os.path.join(self.tmp, "resources")
        shutil.copytree(resources, self.resources_copy)

        menu = []
        for tag, item in MILESTONES:
            menu += [tag, item]
        self.programs = {
            "iom-history": Program("iom-history", [self.bin], self.env()),
            "dialog": Program(
                "dialog", [self.dialog, "--menu", "IOM milestones", "0", "0", "0"] + menu,
                self.env()),
            "less": Program("less", [self.less, self.dump_path], self.env(), compare_rows=-1),
        }
        # Start-ups only: a realistic large exhibition, read from its files.
        self.small_program = Program(
            "iom-history small", [self.bin, "--content", self.small_dir], self.env(),
            label=f"iom-history ({a.small_events} events)")
        self.results["setup"] = {
            "bin": self.bin,
            "bin_bytes": os.path.getsize(self.bin),
            "bin_mtime": datetime.datetime.fromtimestamp(os.path.getmtime(self.bin)).astimezone().isoformat(timespec="seconds"),
            "dialog": self.dialog,
            "dialog_version": _version([self.dialog, "--version"]),
            "less": self.less,
            "less_version": _version([self.less, "--version"]),
            "kiosk_mode": self.has_kiosk,
            "dump_bytes": os.path.getsize(self.dump_path),
            "scale_events": a.scale_events,
            "scale_captions": a.scale_captions,
            "small_events": a.small_events,
            "small_captions": a.small_captions,
            "scale_yaml_bytes": sum(
                os.path.getsize(os.path.join(self.scale_dir, n)) for n in os.listdir(self.scale_dir)),
        }

    # ----- running one program -----------------------------------------------
    def spawn(self, program, cols=COLS, rows=ROWS, extra_args=()):
        p = Pty(program.argv + list(extra_args), program.env, cols, rows)
        self.live.append(p)
        return p

    def close(self, p):
        usage = p.close()
        if p in self.live:
            self.live.remove(p)
        return usage

    def capture_reference(self, program, cols, rows, timeout):
        """The settled screen of a fresh start at this size."""
        p = self.spawn(program, cols, rows)
        t_last, _ = p.settle(p.t_spawn, 0.3, timeout, timeout)
        p.feed()
        lines = p.screen.lines()
        self.close(p)
        if t_last is None:
            raise SystemExit(f"bench: {program.name} wrote nothing within {timeout} s")
        program.reference[(cols, rows)] = lines
        return lines

    def startup(self, p, program, timeout):
        """Spawn to complete frame. Returns a dict of figures."""
        check = program.check(COLS, ROWS)
        t_last, ok = p.settle(p.t_spawn, self.quiet, timeout, timeout, check)
        c = p.counters() or {}
        m = p.memory()
        return {
            "ms": (t_last - p.t_spawn) * 1000 if t_last else None,
            "first_byte_ms": (p.t_first - p.t_spawn) * 1000 if p.t_first else None,
            "complete": ok,
            "cpu_ms": c.get("cpu_ns", 0) / 1e6,
            "threads": c.get("threads"),
            "rss_kib": m.get("VmRSS"),
            "bytes": p.total_bytes,
        }

    def resize_runs(self, p, program):
        out = []
        for cols, rows in RESIZES:
            check = program.check(cols, rows)
            t0 = p.resize(cols, rows)
            t_last, ok = p.settle(t0, self.quiet, 1.0, 3.0, check)
            out.append({
                "size": f"{cols}x{rows}",
                "ms": (t_last - t0) * 1000 if t_last else None,
                "correct": ok,
            })
        return out

    def key_script(self, p, program_name, script):
        first_timeout = self.args.answer_timeout_ms / 1000.0
        c0 = p.counters()
        b0 = p.total_bytes
        lat = []
        ordered = []
        kinds = {}
        unanswered = 0
        t_start = perf()
        per_key = {}  # logical key -> lists of cpu_us, bytes, changed cells
        times0 = pty_driver.proc_times(p.pid)
        output = []
        changed_total = 0
        new_text_total = 0
        before = p.screen.snapshot()
        c_prev, b_prev = c0, b0
        for logical, key in script:
            data = pty_driver_key(p, key)
            t0 = perf()
            p.write(data)
            t_last, _ = p.settle(t0, self.quiet, first_timeout, 2.0)
            ms = None if t_last is None else (t_last - t0) * 1000
            if ms is None:
                unanswered += 1
            else:
                lat.append(ms)
            ordered.append(ms)
            kinds.setdefault(logical, []).append(ms)
            # Outside the timing: keep the screen (and DECCKM) current and
            # note what this key cost and changed.
            output.append(b"".join(p.unfed))
            p.feed()
            after = p.screen.snapshot()
            changed = p.screen.count_changed(before, after)
            changed_total += changed
            new_text = p.screen.new_text_bytes(before, after)
            new_text_total += new_text
            before = after
            c_now = p.counters() or c_prev
            d = per_key.setdefault(logical, {"cpu_us": [], "bytes": [], "cells": [], "new_text_bytes": []})
            d["cpu_us"].append((c_now["cpu_ns"] - c_prev["cpu_ns"]) / 1000)
            d["bytes"].append(p.total_bytes - b_prev)
            d["cells"].append(changed)
            d["new_text_bytes"].append(new_text)
            c_prev, b_prev = c_now, p.total_bytes
        wall = perf() - t_start
        c1 = p.counters()
        times1 = pty_driver.proc_times(p.pid)
        n = len(script)
        user = sys_ = None
        if times0 and times1:
            user, sys_ = times1[0] - times0[0], times1[1] - times0[1]
        breakdown = vt.classify(b"".join(output))
        return {
            "keys": n,
            "answered": n - unanswered,
            "unanswered": unanswered,
            "latency_ordered_ms": ordered,
            "median_ms": median(lat),
            "p95_ms": pct(lat, 95),
            "max_ms": max(lat) if lat else None,
            "by_key_median_ms": {k: median(v) for k, v in kinds.items()},
            "by_key_unanswered": {k: sum(1 for x in v if x is None) for k, v in kinds.items()},
            "by_key_median": {k: {f: median(v[f]) for f in v} for k, v in per_key.items()},
            "changed_cells_per_key": changed_total / n,
            "bytes_per_changed_cell": (p.total_bytes - b0) / changed_total if changed_total else None,
            "new_text_bytes_per_key": new_text_total / n,
            "cpu_us_per_key": (c1["cpu_ns"] - c0["cpu_ns"]) / 1000 / n,
            "bytes_per_key": (p.total_bytes - b0) / n,
            "vcsw_per_key": (c1["vcsw"] - c0["vcsw"]) / n,
            "user_share": user / (user + sys_) if user is not None and user + sys_ > 0 else None,
            "output_bytes_by_kind": breakdown,
            "wall_s": wall,
        }

    def session(self, key, program, script, timeout):
        """One interleaved run: start-up, resizes, key script, memory at the end."""
        p = self.spawn(program)
        r = {"startup": self.startup(p, program, timeout)}
        if not p.alive:
            r["error"] = "exited during start-up"
            self.close(p)
            return r
        r["resize"] = self.resize_runs(p, program)
        r["keys"] = self.key_script(p, key, script)
        m = p.memory()
        r["memory_end_kib"] = m
        r["smaps_rollup_kib"] = pty_driver.smaps_rollup(p.pid)
        r["threads_end"] = (p.counters() or {}).get("threads")
        usage = self.close(p)
        if usage is not None:
            # Total CPU from wait4 (ns-exact on Linux), start to exit. (Its
            # ru_maxrss is not used: after posix_spawn it includes the
            # parent's memory from before exec.)
            r["ru_cpu_ms"] = (usage.ru_utime + usage.ru_stime) * 1000
        return r

    def floor(self, nkeys):
        """The measuring floor: a key echoed straight back by cat in raw mode."""
        prog = Program("cat", ["/bin/sh", "-c", "stty raw -echo; exec cat"], self.env())
        p = self.spawn(prog)
        p.settle(p.t_spawn, 0.05, 0.3, 0.3)  # stty prints nothing; just let it start
        p.drain_for(0.1)
        lat = []
        for _ in range(nkeys):
            t0 = perf()
            p.write(b"\x1b[B")
            t_last, _ = p.settle(t0, self.quiet, 0.5, 1.0)
            if t_last:
                lat.append((t_last - t0) * 1000)
        self.close(p)
        return {"median_ms": median(lat), "p95_ms": pct(lat, 95), "max_ms": max(lat) if lat else None}

    def idle(self, seconds, with_scale=True):
        """All programs side by side, each on its own pty, no input. (The
        scale content takes seconds to start, so only the first round idles
        it too.)"""
        runs = [("iom-history", self.programs["iom-history"], ())]
        if self.has_kiosk:
            runs.append(("iom-history --kiosk", self.programs["iom-history"], ("--kiosk",)))
        if self.scale_program is not None and with_scale:
            runs.append(("iom-history scale", self.scale_program, ()))
        runs += [("dialog", self.programs["dialog"], ()), ("less", self.programs["less"], ())]
        procs = []
        for name, program, extra in runs:
            p = self.spawn(program, extra_args=extra)
            p.settle(p.t_spawn, 0.2, 10.0 if program is self.scale_program else 3.0, 10.0)
            procs.append((name, p))
        # Let every program reach its resting state first.
        _drain_all([p for _, p in procs], 0.3)
        before = {name: (p.counters(), p.total_bytes) for name, p in procs}
        t0 = perf()
        _drain_all([p for _, p in procs], seconds)
        dt = perf() - t0
        out = {}
        for name, p in procs:
            c0, b0 = before[name]
            c1 = p.counters()
            if c0 is None or c1 is None:
                out[name] = {"error": "exited"}
            else:
                out[name] = {
                    "cpu_ms_per_s": (c1["cpu_ns"] - c0["cpu_ns"]) / 1e6 / dt,
                    "wakeups_per_s": (c1["vcsw"] - c0["vcsw"]) / dt,
                    "nvcsw_per_s": (c1["nvcsw"] - c0["nvcsw"]) / dt,
                    "bytes_per_s": (p.total_bytes - b0) / dt,
                    "threads": c1["threads"],
                }
            self.close(p)
        return out

    def soak(self, program, name, actions, mapping):
        """`actions` keys in batches, draining output between batches."""
        p = self.spawn(program)
        p.settle(p.t_spawn, self.quiet, 30.0, 30.0, program.check(COLS, ROWS))
        p.feed()
        rss0 = p.memory()
        cpu0 = p.counters()
        samples = [(0, rss0.get("VmRSS"))]
        cycle = [k for _, k in script_for(name, 1, mapping)]
        batch = self.args.soak_batch
        sent = 0
        t0 = perf()
        app_mode = p.screen.app_cursor_keys
        while sent < actions and p.alive:
            n = min(batch, actions - sent)
            keys = [cycle[(sent + i) % len(cycle)] for i in range(n)]
            p.write_all(b"".join(key_bytes(k, app_mode) for k in keys))
            sent += n
            p.settle(perf(), 0.02, 1.0, 60.0)
            p.unfed = []  # the soak does not keep a screen
            if sent % 10000 == 0:
                samples.append((sent, p.memory().get("VmRSS")))
        p.settle(perf(), 0.2, 0.3, 60.0)
        p.unfed = []
        wall = perf() - t0
        rss1 = p.memory()
        cpu1 = p.counters()
        r = {
            "actions": sent,
            "wall_s": wall,
            "alive": p.alive,
            "rss_start_kib": rss0.get("VmRSS"),
            "rss_end_kib": rss1.get("VmRSS"),
            "growth_kib": (rss1.get("VmRSS", 0) - rss0.get("VmRSS", 0)) if rss1 else None,
            "hwm_end_kib": rss1.get("VmHWM"),
            "memory_end_kib": rss1,
            "rss_samples_kib": samples,
            "cpu_us_per_action": (cpu1["cpu_ns"] - cpu0["cpu_ns"]) / 1000 / max(1, sent)
            if cpu0 and cpu1 else None,
            "bytes_per_action": p.total_bytes / max(1, sent),
        }
        if name == "iom-history":
            r["largest_mappings_kib"] = pty_driver.smaps_by_mapping(p.pid)
        self.close(p)
        return r

    def timed_run(self, argv, timeout):
        """Wall and CPU time of a command with output to /dev/null."""
        with open(os.devnull, "wb") as null:
            t0 = perf()
            proc = subprocess.Popen(argv, stdout=null, stderr=subprocess.PIPE, env=self.env())
            try:
                _, err = proc.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
                return {"ms": None, "timed_out": True, "timeout_s": timeout}
            wall = perf() - t0
        return {"ms": wall * 1000, "timed_out": False, "status": proc.returncode,
                "stderr": err.decode(errors="replace")[-500:]}

    # ----- the whole run -----------------------------------------------------
    def run(self):
        a = self.args
        self.setup()
        R = self.results
        R["config"] = {
            "rounds": a.rounds, "cycles": a.cycles, "keys_app": len(script_for("iom-history", a.cycles)),
            "quiet_ms": a.quiet_ms, "answer_timeout_ms": a.answer_timeout_ms,
            "idle_s": a.idle_s, "soak_actions": a.soak, "soak_batch": a.soak_batch,
            "size": f"{COLS}x{ROWS}", "resizes": [f"{c}x{r}" for c, r in RESIZES],
            "term": "xterm-256color", "lang": "C.UTF-8",
        }

        # Load time of the generated content, with growth measured on smaller
        # sets so that a timeout still shows how the time grows.
        log("load time: built-in content, the shipped files, a ladder of sizes, then the full set")
        ladder = []
        for n in a.ladder:
            d = content_gen.generate(
                os.path.join(ROOT, "Resources"), os.path.join(self.tmp, f"ladder-{n}"), n, max(1, n // 5))
            r = self.timed_run([self.bin, "dump", "--content", d], a.scale_timeout)
            r["events"] = n
            ladder.append(r)
            log(f"  {n} events: " + (f"{r['ms']:.0f} ms" if r["ms"] else "timed out"))
            if r["ms"] is None or r["ms"] > a.scale_timeout * 1000 / 4:
                break
        R["load_ladder"] = ladder
        full = self.timed_run([self.bin, "dump", "--content", self.scale_dir], a.scale_timeout)
        R["load_full_first"] = full
        if full["ms"] is None:
            log(f"  {a.scale_events} events: timed out after {a.scale_timeout} s")
        elif full.get("status") != 0:
            log(f"  {a.scale_events} events: refused, status {full['status']}: {full['stderr'].strip()}")
        else:
            log(f"  {a.scale_events} events: {full['ms']:.0f} ms")
        fit = _fit_growth(ladder)
        R["load_growth"] = fit
        if fit and full["ms"] is None:
            R["load_full_extrapolated_ms"] = fit["a"] * a.scale_events ** fit["k"]

        # The scale sessions need the full set to load; when it cannot within
        # the timeout, the per-key figures use the largest ladder set that
        # loads in a few seconds, and say so.
        self.scale_events_used = None
        self.scale_program = None
        scale_dir = None
        if full["ms"] is not None and full.get("status") == 0:
            scale_dir, self.scale_events_used = self.scale_dir, a.scale_events
        else:
            usable = [r for r in ladder
                      if r["ms"] is not None and r.get("status") == 0 and r["ms"] < a.fallback_load_ms]
            if usable:
                n = usable[-1]["events"]
                scale_dir, self.scale_events_used = os.path.join(self.tmp, f"ladder-{n}"), n
        R["scale_events_used"] = self.scale_events_used
        if scale_dir:
            self.scale_program = Program(
                "iom-history scale", [self.bin, "--content", scale_dir], self.env(),
                label=f"iom-history ({self.scale_events_used} events)")
        startup_timeout = 10.0
        scale_timeout = a.scale_timeout if self.scale_events_used == a.scale_events else 30.0

        log("reference frames (fresh start at every size)")
        for prog in self.programs.values():
            for cols, rows in RESIZES:
                self.capture_reference(prog, cols, rows, startup_timeout)
        if self.scale_program:
            for cols, rows in RESIZES:
                self.capture_reference(self.scale_program, cols, rows, scale_timeout)
        self.capture_reference(self.small_program, COLS, ROWS, startup_timeout)
        R["reference_100x30"] = {k: p.reference[(COLS, ROWS)] for k, p in self.programs.items()}

        order = ["iom-history", "dialog", "less"] + (["scale"] if self.scale_program else [])
        R["rounds"] = []
        for i in range(a.rounds):
            rnd = {}
            for name in order:
                if name == "scale":
                    prog, keyname, timeout = self.scale_program, "iom-history", scale_timeout
                else:
                    prog, keyname, timeout = self.programs[name], name, startup_timeout
                log(f"round {i + 1}/{a.rounds}: {prog.label}")
                rnd[name] = self.session(keyname, prog, script_for(keyname, a.cycles), timeout)
            # More start-up samples, interleaved app, dialog, less, app ...:
            # a start-up is short, and the machine is noisy.
            log(f"round {i + 1}/{a.rounds}: {a.startups} more start-ups of each program")
            extra = {name: [] for name in ("iom-history", "dialog", "less", "small")}
            for _ in range(a.startups):
                for name in extra:
                    prog = self.small_program if name == "small" else self.programs[name]
                    p = self.spawn(prog)
                    extra[name].append(self.startup(p, prog, startup_timeout))
                    self.close(p)
            rnd["startups"] = extra
            rnd["search"] = self.search_sessions(i, startup_timeout, scale_timeout)
            log(f"round {i + 1}/{a.rounds}: dump load times")
            rnd["load"] = {
                "builtin": self.timed_run([self.bin, "dump"], 30),
                "shipped_files": self.timed_run(
                    [self.bin, "dump", "--content", self.resources_copy], 30),
            }
            if self.scale_events_used == a.scale_events and i > 0:
                rnd["load"]["scale"] = self.timed_run(
                    [self.bin, "dump", "--content", self.scale_dir], a.scale_timeout)
            log(f"round {i + 1}/{a.rounds}: measuring floor (cat)")
            rnd["floor"] = self.floor(a.floor_keys)
            log(f"round {i + 1}/{a.rounds}: idle {a.idle_s:g} s, all programs side by side")
            rnd["idle"] = self.idle(a.idle_s, with_scale=(i == 0))
            R["rounds"].append(rnd)

        R["soak"] = {}
        if a.soak > 0:
            for name in ["iom-history", "dialog", "less"]:
                log(f"soak: {a.soak} actions to {name}")
                R["soak"][name] = self.soak(
                    self.programs[name], name, a.soak, {**MAPPING, **SOAK_MAPPING})

        self.summarise()

    def search_sessions(self, i, startup_timeout, scale_timeout):
        """The search's figures (search_bench.py) with the shipped content and
        the scale set."""
        out = {}
        for name, prog, timeout in (("shipped", self.programs["iom-history"], startup_timeout),
                                    ("scale", self.scale_program, scale_timeout)):
            if prog is not None:
                log(f"round {i + 1}/{self.args.rounds}: search, {prog.label}")
                out[name] = search_bench.session(self, prog, timeout)
        return out

    def run_search_only(self):
        """`--only search`: set-up, then only the search's sessions."""
        a = self.args
        self.setup()
        R = self.results
        R["config"] = {"rounds": a.rounds, "only": "search", "quiet_ms": a.quiet_ms,
                       "size": f"{COLS}x{ROWS}", "queries": search_bench.QUERIES}
        self.scale_program = Program(
            "iom-history scale", [self.bin, "--content", self.scale_dir], self.env(),
            label=f"iom-history ({a.scale_events} events)")
        for prog, timeout in ((self.programs["iom-history"], 10.0), (self.scale_program, a.scale_timeout)):
            self.capture_reference(prog, COLS, ROWS, timeout)
        R["rounds"] = [{"search": self.search_sessions(i, 10.0, a.scale_timeout)} for i in range(a.rounds)]
        S = {"search": self.search_summary(R["rounds"])}
        R["summary"] = S
        out = []
        search_bench.budgets(S["search"], a.scale_events, lambda name, value, limit, ok, unit="", note="": out.append(
            {"budget": name, "value": value, "limit": limit, "pass": ok, "unit": unit, "note": note}))
        R["budgets"] = out
        R["reported"] = []

    def search_summary(self, rounds):
        runs = {}
        for r in rounds:
            for name, x in r.get("search", {}).items():
                runs.setdefault(name, []).append(x)
        return search_bench.summarise(runs, summary)

    # ----- summary -------------------------------------------------------------
    def summarise(self):
        a = self.args
        R = self.results
        rounds = R["rounds"]

        def col(name, f):
            vals = []
            for r in rounds:
                try:
                    v = f(r[name])
                except (KeyError, TypeError, IndexError):
                    v = None
                vals.append(v)
            return summary(vals)

        def resize_all(name):
            vals = []
            for r in rounds:
                for x in r.get(name, {}).get("resize", []):
                    if x["ms"] is not None and x["correct"]:
                        vals.append(x["ms"])
            return summary(vals)

        def resize_max(name):
            vals = [x["ms"] for r in rounds for x in r.get(name, {}).get("resize", [])
                    if x["ms"] is not None]
            return max(vals) if vals else None

        def resize_failures(name):
            return sum(1 for r in rounds for x in r.get(name, {}).get("resize", []) if not x["correct"])

        def idle(name, field):
            return summary([r["idle"].get(name, {}).get(field) for r in rounds])

        S = {}
        programs = ["iom-history", "dialog", "less", "scale"]
        for name in programs:
            if not any(name in r for r in rounds):
                continue
            starts = []
            for r in rounds:
                for x in ([r[name]["startup"]] if name in r else []) + r.get("startups", {}).get(name, []):
                    starts.append(x)
            S[name] = {
                "startup_ms": summary([x["ms"] for x in starts if x["complete"]]),
                "startup_samples": len(starts),
                "startup_incomplete": sum(1 for r in rounds if name in r and not r[name]["startup"]["complete"]),
                "startup_cpu_ms": summary([x["cpu_ms"] for x in starts]),
                "first_byte_ms": summary([x["first_byte_ms"] for x in starts]),
                "rss_startup_mib": col(name, lambda x: x["startup"]["rss_kib"] / 1024),
                "latency_median_ms": col(name, lambda x: x["keys"]["median_ms"]),
                "latency_p95_ms": col(name, lambda x: x["keys"]["p95_ms"]),
                "latency_max_ms": col(name, lambda x: x["keys"]["max_ms"]),
                "cpu_us_per_key": col(name, lambda x: x["keys"]["cpu_us_per_key"]),
                "bytes_per_key": col(name, lambda x: x["keys"]["bytes_per_key"]),
                "changed_cells_per_key": col(name, lambda x: x["keys"]["changed_cells_per_key"]),
                "user_share": col(name, lambda x: x["keys"]["user_share"]),
                "bytes_per_changed_cell": col(name, lambda x: x["keys"]["bytes_per_changed_cell"]),
                "new_text_bytes_per_key": col(name, lambda x: x["keys"]["new_text_bytes_per_key"]),
                "cpu_us_per_changed_cell": col(name, lambda x: x["keys"]["cpu_us_per_key"] / x["keys"]["changed_cells_per_key"]
                                               if x["keys"]["changed_cells_per_key"] else None),
                "keys": col(name, lambda x: x["keys"]["keys"]),
                "unanswered": col(name, lambda x: x["keys"]["unanswered"]),
                "peak_rss_mib": col(name, lambda x: x["memory_end_kib"]["VmHWM"] / 1024),
                "resize_ms": resize_all(name),
                "resize_max_ms": resize_max(name),
                "resize_incorrect": resize_failures(name),
                "threads": col(name, lambda x: x["threads_end"]),
            }
            esc = [r[name]["keys"]["by_key_median_ms"].get("Esc") for r in rounds if name in r]
            S[name]["esc_latency_ms"] = summary(esc)
            no_esc = []
            for r in rounds:
                if name in r:
                    ks = script_for("iom-history" if name == "scale" else name, a.cycles)
                    lat = [ms for (lk, _), ms in zip(ks, _latencies_with_none(r[name]["keys"], ks))
                           if lk != "Esc" and ms is not None]
                    no_esc.append(pct(lat, 95))
            S[name]["latency_p95_without_esc_ms"] = summary(no_esc)
            kinds = {}
            for r in rounds:
                if name in r:
                    k = r[name]["keys"]
                    for kind, b in k["output_bytes_by_kind"].items():
                        kinds.setdefault(kind, []).append(b / k["keys"])
            S[name]["output_bytes_per_key_by_kind"] = {k: median(v) for k, v in kinds.items()}
        idle_names = ["iom-history", "iom-history --kiosk", "iom-history scale", "dialog", "less"]
        S["idle"] = {n: {"cpu_ms_per_s": idle(n, "cpu_ms_per_s"),
                         "wakeups_per_s": idle(n, "wakeups_per_s"),
                         "bytes_per_s": idle(n, "bytes_per_s")}
                     for n in idle_names if any(n in r["idle"] for r in rounds)}
        small = [x for r in rounds for x in r.get("startups", {}).get("small", [])]
        S["small"] = {"startup_ms": summary([x["ms"] for x in small if x["complete"]]),
                      "startup_samples": len(small),
                      "startup_incomplete": sum(1 for x in small if not x["complete"])}
        S["floor"] = {"median_ms": summary([r["floor"]["median_ms"] for r in rounds]),
                      "p95_ms": summary([r["floor"]["p95_ms"] for r in rounds])}
        S["load"] = {
            "builtin_ms": summary([r["load"]["builtin"]["ms"] for r in rounds]),
            "shipped_files_ms": summary([r["load"]["shipped_files"]["ms"] for r in rounds]),
        }
        scale_loads = [R["load_full_first"]["ms"]] + [
            r["load"].get("scale", {}).get("ms") for r in rounds[1:]]
        S["load"]["scale_ms"] = summary(scale_loads)
        S["soak"] = {n: {"growth_mib": s["growth_kib"] / 1024 if s.get("growth_kib") is not None else None,
                         "rss_start_mib": (s.get("rss_start_kib") or 0) / 1024,
                         "rss_end_mib": (s.get("rss_end_kib") or 0) / 1024,
                         "hwm_mib": (s.get("hwm_end_kib") or 0) / 1024,
                         "wall_s": s.get("wall_s"),
                         "cpu_us_per_action": s.get("cpu_us_per_action")}
                     for n, s in R["soak"].items()}
        S["search"] = self.search_summary(rounds)
        R["summary"] = S
        R["budgets"] = self.budgets(S)
        R["reported"] = self.reported(S)

    def reported(self, S):
        """Figures shown without a budget: bytes per key against the app's own
        floor, the new text its screens show (see README.md)."""
        app = S.get("iom-history", {})
        b, f = app.get("bytes_per_key"), app.get("new_text_bytes_per_key")
        r = b["median"] / f["median"] if b and f and f["median"] else None
        return [{"figure": "bytes per key ÷ its floor (new text per key)", "value": r, "unit": "×"}]

    def budgets(self, S):
        a = self.args
        app, dlg = S.get("iom-history", {}), S.get("dialog", {})
        sc = S.get("scale")
        full_scale = self.scale_events_used == a.scale_events

        def m(x):
            return x["median"] if x else None

        def ratio(x, y):
            return x / y if x is not None and y else None

        out = []

        def add(name, value, limit, ok, unit="", note=""):
            out.append({"budget": name, "value": value, "limit": limit,
                        "pass": ok, "unit": unit, "note": note})

        r = ratio(m(app["startup_ms"]), m(dlg["startup_ms"]))
        add("start-up to a complete frame ≤ 1.0× dialog", r, 1.0, r is not None and r <= 1.0, "×")
        r = ratio(m(app["cpu_us_per_key"]), m(dlg["cpu_us_per_key"]))
        add("CPU per key ≤ 1.0× dialog", r, 1.0, r is not None and r <= 1.0, "×")
        v = m(app["latency_median_ms"])
        add("key latency median < 1 ms", v, 1.0, v is not None and v < 1.0, "ms",
            f"floor (cat) {m(S['floor']['median_ms']):.3f} ms")
        v = m(S["idle"]["iom-history"]["wakeups_per_s"])
        add("idle wake-ups per second = 0 (normal mode)", v, 0, v == 0, "/s")
        r = ratio(m(app["peak_rss_mib"]), m(dlg["peak_rss_mib"]))
        add("peak RSS ≤ 2.5× dialog", r, 2.5, r is not None and r <= 2.5, "×")
        v = m(app["resize_ms"])
        add("resize to a correct frame ≤ 10 ms", v, 10.0,
            v is not None and v <= 10.0 and app["resize_incorrect"] == 0, "ms",
            f"max {app['resize_max_ms']:.1f} ms" if app["resize_max_ms"] else "")
        soak = S["soak"].get("iom-history", {})
        v = soak.get("growth_mib")
        add("soak RSS growth ≤ 1 MiB over 100,000 actions", v, 1.0,
            v is not None and v <= 1.0 and a.soak >= 100000, "MiB",
            "" if a.soak >= 100000 else f"only {a.soak} actions")
        v = m(S["small"]["startup_ms"])
        add(f"start-up ≤ 60 ms ({a.small_events} events)", v, 60.0,
            v is not None and v <= 60.0 and S["small"]["startup_incomplete"] == 0, "ms")
        if full_scale and sc:
            v = m(sc["startup_ms"])
            add(f"start-up ≤ 500 ms ({a.scale_events} events)", v, 500.0,
                v is not None and v <= 500.0, "ms")
        else:
            extra = self.results.get("load_full_extrapolated_ms")
            full = self.results["load_full_first"]
            why = (f"load timed out after {a.scale_timeout:g} s" if full["ms"] is None
                   else f"content refused, status {full.get('status')}")
            add(f"start-up ≤ 500 ms ({a.scale_events} events)", None, 500.0, False, "ms",
                why + (f"; extrapolated {extra / 1000:.0f} s" if extra else ""))
        if sc and full_scale:
            r = ratio(m(sc["cpu_us_per_key"]), m(app["cpu_us_per_key"]))
            add("scale CPU per key ≤ 2× default content", r, 2.0, r is not None and r <= 2.0, "×")
        elif sc:
            # The full set does not load in time: fit CPU per key = c0 + c1 * events
            # through the default content and the smaller set, and extrapolate.
            r = ratio(m(sc["cpu_us_per_key"]), m(app["cpu_us_per_key"]))
            n0 = _event_count(self.programs["iom-history"].reference.get((COLS, ROWS), []))
            n1 = self.scale_events_used
            extra = None
            if n0 and n1 and n1 != n0 and r is not None:
                c0, c1 = m(app["cpu_us_per_key"]), m(sc["cpu_us_per_key"])
                slope = (c1 - c0) / (n1 - n0)
                extra = (c0 + slope * (a.scale_events - n0)) / c0
                self.results["scale_cpu_extrapolation"] = {
                    "default_events": n0, "measured_events": n1, "us_per_key_per_1000_events": slope * 1000,
                    "predicted_us_per_key": c0 + slope * (a.scale_events - n0), "predicted_ratio": extra}
            add("scale CPU per key ≤ 2× default content", extra, 2.0, extra is not None and extra <= 2.0, "×",
                f"measured {r:.2f}× with {n1} events; linear extrapolation to {a.scale_events}" if r else "")
        else:
            add("scale CPU per key ≤ 2× default content", None, 2.0, False, "×", "no scale run")
        search_bench.budgets(S["search"], a.scale_events, add)
        return out

    def cleanup(self):
        for p in list(self.live):
            try:
                p.close()
            except Exception:
                pass
        shutil.rmtree(self.tmp, ignore_errors=True)


def _event_count(lines):
    import re
    for line in lines:
        m = re.search(r"Event \d+ of ([\d,]+)", line)
        if m:
            return int(m.group(1).replace(",", ""))
    return None


def _latencies_with_none(keys_result, script):
    """The per-key latencies in script order, None for unanswered keys."""
    return keys_result.get("latency_ordered_ms", [None] * len(script))


def pty_driver_key(p, key):
    return key_bytes(key, p.screen.app_cursor_keys)


def _drain_all(procs, seconds):
    import select
    end = perf() + seconds
    fds = {p.master: p for p in procs if p.alive}
    while fds:
        now = perf()
        if now >= end:
            return
        ready, _, _ = select.select(list(fds), [], [], end - now)
        for fd in ready:
            p = fds[fd]
            p.read_available()
            p.unfed = p.unfed[-64:]
            if not p.alive:
                del fds[fd]


def _fit_growth(ladder):
    pts = [(r["events"], r["ms"]) for r in ladder if r.get("ms")]
    if len(pts) < 2:
        return None
    (n1, t1), (n2, t2) = pts[-2], pts[-1]
    if t1 <= 0 or t2 <= 0 or n1 == n2:
        return None
    k = math.log(t2 / t1) / math.log(n2 / n1)
    return {"k": k, "a": t2 / n2 ** k, "from": pts}


def _version(argv):
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=5)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except Exception:
        return None


def _git():
    def g(*args):
        try:
            return subprocess.run(["git", "-C", ROOT, *args], capture_output=True, text=True,
                                  timeout=10).stdout.strip()
        except Exception:
            return None
    return {"commit": g("rev-parse", "HEAD"), "dirty_files": len((g("status", "--porcelain") or "").splitlines())}


def _machine():
    info = {"kernel": platform.release(), "python": platform.python_version(), "cpus": os.cpu_count()}
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    info["cpu"] = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        info["loadavg"] = open("/proc/loadavg").read().split()[:3]
    except OSError:
        pass
    return info


def main():
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="The SSH part (1,000 visitors at once) runs on its own: "
               "python3 bench/ssh_bench.py --help, or make bench-ssh.")
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "iom-history"))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--cycles", type=int, default=11, help="key script cycles of 29 keys (default 11 = 319 keys)")
    ap.add_argument("--quiet-ms", type=float, default=30.0, help="quiet window that ends a frame")
    ap.add_argument("--answer-timeout-ms", type=float, default=100.0,
                    help="a key with no output within this is counted as unanswered")
    ap.add_argument("--idle-s", type=float, default=10.0)
    ap.add_argument("--startups", type=int, default=3,
                    help="extra start-up-only runs of app, dialog and less per round")
    ap.add_argument("--soak", type=int, default=100000, help="actions in the soak (0: skip)")
    ap.add_argument("--soak-batch", type=int, default=250)
    ap.add_argument("--floor-keys", type=int, default=40)
    ap.add_argument("--scale-events", type=int, default=10000)
    ap.add_argument("--scale-captions", type=int, default=2000)
    ap.add_argument("--small-events", type=int, default=1000,
                    help="events of the set whose start-up has its own budget")
    ap.add_argument("--small-captions", type=int, default=200)
    ap.add_argument("--scale-timeout", type=float, default=30.0,
                    help="seconds the full scale content may take to load")
    ap.add_argument("--ladder", type=int, nargs="*", default=[1000, 2000, 4000],
                    help="smaller event counts whose load time shows the growth")
    ap.add_argument("--fallback-load-ms", type=float, default=5000.0,
                    help="if the full scale set times out, use the largest ladder set loading faster than this")
    ap.add_argument("--only", choices=["search"],
                    help="run only this part: search (issue 21's figures, about 1 minute)")
    ap.add_argument("--out", default=os.path.join(ROOT, "bench-results", "bench.json"))
    args = ap.parse_args()

    bench = Bench(args)

    def on_signal(signum, frame):
        bench.cleanup()
        sys.exit(128 + signum)

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    started = datetime.datetime.now().astimezone()
    load_start = _machine().get("loadavg")
    t0 = perf()
    try:
        if args.only == "search":
            bench.run_search_only()
        else:
            bench.run()
    finally:
        bench.cleanup()
    R = bench.results
    R["meta"] = {"started": started.isoformat(timespec="seconds"), "duration_s": perf() - t0,
                 "loadavg_at_start": load_start,
                 "machine": _machine(), "git": _git()}
    if args.only == "search":
        text = search_bench.table(R, cell, _render, args.scale_events).lstrip("\n")
    else:
        text = table(R)
    R["table"] = text
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w") as f:
        json.dump(R, f, indent=1, ensure_ascii=False)
    print(f"iom-history benchmark, {started:%Y-%m-%d %H:%M}, {R['meta']['machine'].get('cpu', '?')}, "
          f"{R['meta']['machine']['cpus']} CPUs, load average {' '.join(load_start or [])} at start; "
          f"{args.rounds} interleaved rounds; medians [min–max]")
    print(text)
    print("\nBudgets:")
    for b in R["budgets"]:
        v = b["value"]
        vs = "—" if v is None else f"{v:.3g}{b['unit']}"
        print(f"  {'PASS' if b['pass'] else 'FAIL'}  {b['budget']}: {vs}" + (f"  ({b['note']})" if b["note"] else ""))
    print("\nReported, no budget:")
    for x in R.get("reported", []):
        vs = "—" if x["value"] is None else f"{x['value']:.3g}{x['unit']}"
        print(f"  {x['figure']}: {vs}")
    print(f"\nJSON: {os.path.relpath(args.out, os.getcwd())}  ({R['meta']['duration_s']:.0f} s)")


if __name__ == "__main__":
    main()
