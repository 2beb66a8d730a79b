"""The search's figures (issue 21), through the real binary in a pty as the
rest of the bench: the first `/`, which builds the index, and every key typed
into the search line, with the shipped content and with the scale set.

In one session per content and round: start-up as usual, then
- the high-water mark of resident memory is reset (`5` into
  /proc/PID/clear_refs, so VmHWM starts again from VmRSS), `/` is sent, and
  the time to the last byte of its frame and VmHWM afterwards are read: the
  peak RSS that building the index adds;
- Esc and `/` again three times: a `/` with the index built, so that
  first `/` minus this is the building alone;
- each query of QUERIES typed a character at a time, then deleted with
  Backspace: the time from writing each key to the last byte of the frame
  with its results (the same rule as bench.py's key latency).

Standard library only. See bench/README.md ("Search").
"""

import time

import pty_driver
from pty_driver import perf

# A word of many results, a year, a span, German with an umlaut, a rare
# name, and "event", which the scale set's 10,000 events all hold: the
# dearest search there is.
QUERIES = ["germany", "1989", "1951-1954", "flüchtlinge", "herat", "event"]
REPEATS = 3
BACKSPACE = b"\x7f"
ESC = b"\x1b"


def reset_hwm(pid):
    """VmHWM back to the current VmRSS (Linux 4.0 and later)."""
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def _key(p, data, quiet):
    """Writes `data`; the time to the last byte of the answer (ms) or None."""
    t0 = perf()
    p.write(data)
    t_last, _ = p.settle(t0, quiet, 2.0, 10.0)
    p.feed()
    return None if t_last is None else (t_last - t0) * 1000


def session(bench, program, timeout):
    """One session's search figures."""
    quiet = bench.quiet
    p = bench.spawn(program)
    r = {"startup": bench.startup(p, program, timeout)}
    if not p.alive:
        bench.close(p)
        r["error"] = "exited during start-up"
        return r
    p.feed()
    r["hwm_reset"] = reset_hwm(p.pid)
    before = p.memory()
    c0 = p.counters()
    r["first_slash_ms"] = _key(p, b"/", quiet)
    c1 = p.counters()
    after = p.memory()
    r["first_slash_cpu_us"] = (c1["cpu_ns"] - c0["cpu_ns"]) / 1000 if c0 and c1 else None
    r["rss_before_kib"] = before.get("VmRSS")
    r["hwm_before_kib"] = before.get("VmHWM")
    r["rss_after_kib"] = after.get("VmRSS")
    r["hwm_after_kib"] = after.get("VmHWM")
    if r["hwm_reset"] and before.get("VmHWM") and after.get("VmHWM"):
        r["index_peak_kib"] = after["VmHWM"] - before["VmHWM"]
    if not any("Type a word" in line for line in p.screen.lines()):
        r.setdefault("problems", []).append("/ did not open the search line")
    again, again_cpu = [], []
    for _ in range(REPEATS):
        _key(p, ESC, quiet)
        c0 = p.counters()
        again.append(_key(p, b"/", quiet))
        c1 = p.counters()
        again_cpu.append((c1["cpu_ns"] - c0["cpu_ns"]) / 1000 if c0 and c1 else None)
    r["again_slash_ms"] = again
    r["again_slash_cpu_us"] = again_cpu

    keys = []
    found = {}
    c0 = p.counters()
    for query in QUERIES:
        for character in query:
            keys.append(_key(p, character.encode(), quiet))
        lines = p.screen.lines()
        found[query] = next((line.strip() for line in lines if "found" in line or "Nothing" in line), None)
        if not any(("/ " + query) in line for line in lines):
            r.setdefault("problems", []).append(f"search line does not show {query!r}")
        for _ in query:
            keys.append(_key(p, BACKSPACE, quiet))
    c1 = p.counters()
    answered = [k for k in keys if k is not None]
    r["keys"] = len(keys)
    r["unanswered"] = len(keys) - len(answered)
    r["key_ms"] = keys
    r["key_median_ms"] = _median(answered)
    r["key_p95_ms"] = _pct(answered, 95)
    r["key_max_ms"] = max(answered) if answered else None
    r["key_cpu_us"] = (c1["cpu_ns"] - c0["cpu_ns"]) / 1000 / len(keys) if c0 and c1 else None
    r["found"] = found
    r["memory_end_kib"] = p.memory()
    bench.close(p)
    return r


def _median(xs):
    xs = sorted(x for x in xs if x is not None)
    if not xs:
        return None
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


def _pct(xs, p):
    xs = sorted(x for x in xs if x is not None)
    if not xs:
        return None
    k = max(0, -(-p * len(xs) // 100) - 1)
    return xs[int(k)]


def summarise(runs, summary):
    """Medians over the rounds (min and max beside them) per content."""
    out = {}
    for name, sessions in runs.items():
        ok = [s for s in sessions if "error" not in s]

        def col(f):
            vals = []
            for s in ok:
                try:
                    vals.append(f(s))
                except (KeyError, TypeError):
                    vals.append(None)
            return summary(vals)

        out[name] = {
            "first_slash_ms": col(lambda s: s["first_slash_ms"]),
            "again_slash_ms": col(lambda s: _median(s["again_slash_ms"])),
            "index_build_ms": col(lambda s: s["first_slash_ms"] - _median(s["again_slash_ms"])),
            "first_slash_cpu_us": col(lambda s: s["first_slash_cpu_us"]),
            "again_slash_cpu_us": col(lambda s: _median(s["again_slash_cpu_us"])),
            "index_peak_mib": col(lambda s: s["index_peak_kib"] / 1024),
            "rss_growth_first_slash_mib": col(lambda s: (s["rss_after_kib"] - s["rss_before_kib"]) / 1024),
            "key_median_ms": col(lambda s: s["key_median_ms"]),
            "key_p95_ms": col(lambda s: s["key_p95_ms"]),
            "key_max_ms": col(lambda s: s["key_max_ms"]),
            "key_cpu_us": col(lambda s: s["key_cpu_us"]),
            "keys": col(lambda s: s["keys"]),
            "unanswered": col(lambda s: s["unanswered"]),
            "startup_ms": col(lambda s: s["startup"]["ms"]),
            "sessions": len(ok),
            "errors": [s.get("error") for s in sessions if "error" in s],
            "problems": sorted({x for s in ok for x in s.get("problems", [])}),
            "found": ok[0]["found"] if ok else {},
        }
    return out


# Budgets: results after a key (the median key, median over the rounds,
# as bench.py's key latency; the p95 beside it measures the machine's load
# as much as the app), the first `/`'s extra cost, the index's peak memory.
KEY_BUDGET_MS = {"shipped": 2.0, "scale": 16.0}
BUILD_BUDGET_MS = 1.0
PEAK_BUDGET_MIB = 5.0


def budgets(S, scale_events, add):
    def m(x):
        return x["median"] if x else None

    for name, label in (("shipped", "shipped content"), ("scale", f"{scale_events} events")):
        s = S.get(name)
        limit = KEY_BUDGET_MS[name]
        v = m(s["key_median_ms"]) if s else None
        clean = s is not None and not s["problems"] and m(s["unanswered"]) == 0
        add(f"search: results after a key, median ≤ {limit:g} ms ({label})", v, limit,
            v is not None and v <= limit and clean, "ms",
            f"p95 {m(s['key_p95_ms']):.2f} ms" if s and m(s["key_p95_ms"]) else "")
    s = S.get("shipped")
    v = m(s["index_build_ms"]) if s else None
    add("search: building the index (first / less a later /) ≤ 1 ms (shipped content)", v,
        BUILD_BUDGET_MS, v is not None and v <= BUILD_BUDGET_MS, "ms",
        "lazy: start-up does none of it" + (f"; first / {m(s['first_slash_ms']):.2f} ms" if s else ""))
    s = S.get("scale")
    v = m(s["index_peak_mib"]) if s else None
    add(f"search: index peak RSS ≤ 5 MiB ({scale_events} events)", v, PEAK_BUDGET_MIB,
        v is not None and v <= PEAK_BUDGET_MIB, "MiB")


def table(R, cell, render, scale_events):
    """The search's own table: the two contents side by side."""
    S = R["summary"].get("search", {})
    if not S:
        return ""
    B = {b["budget"]: b for b in R["budgets"]}
    sh, sc = S.get("shipped"), S.get("scale")

    def c(s, key, digits):
        return cell(s.get(key), digits) if s else "—"

    def verdict(prefix):
        hit = [b for name, b in B.items() if name.startswith(prefix)]
        return ("PASS" if all(b["pass"] for b in hit) else "FAIL") if hit else ""

    rows = [
        ["first / (builds the index) (ms)", c(sh, "first_slash_ms", 2), c(sc, "first_slash_ms", 2), "", ""],
        ["  a later / (index built) (ms)", c(sh, "again_slash_ms", 2), c(sc, "again_slash_ms", 2), "", ""],
        ["  building the index: the difference (ms)", c(sh, "index_build_ms", 2), c(sc, "index_build_ms", 2),
         "≤ 1 ms (shipped)", verdict("search: building the index")],
        ["  CPU of the first / (µs)", c(sh, "first_slash_cpu_us", 0), c(sc, "first_slash_cpu_us", 0), "", ""],
        ["  CPU of a later / (µs)", c(sh, "again_slash_cpu_us", 0), c(sc, "again_slash_cpu_us", 0), "", ""],
        ["  peak RSS it adds, VmHWM (MiB)", c(sh, "index_peak_mib", 2), c(sc, "index_peak_mib", 2),
         f"≤ 5 MiB ({scale_events})", verdict("search: index peak RSS")],
        ["  RSS it adds, VmRSS (MiB)", c(sh, "rss_growth_first_slash_mib", 2),
         c(sc, "rss_growth_first_slash_mib", 2), "", ""],
        ["results after a key, median (ms)", c(sh, "key_median_ms", 3), c(sc, "key_median_ms", 3),
         "≤ 2 ms / ≤ 16 ms", verdict("search: results after a key")],
        ["results after a key, p95 (ms)", c(sh, "key_p95_ms", 3), c(sc, "key_p95_ms", 3), "", ""],
        ["results after a key, max (ms)", c(sh, "key_max_ms", 2), c(sc, "key_max_ms", 2), "", ""],
        ["  CPU per key in the search line (µs)", c(sh, "key_cpu_us", 0), c(sc, "key_cpu_us", 0), "", ""],
        ["  keys sent / unanswered", *[f"{cell(s['keys'], 0)} / {cell(s['unanswered'], 0)}" if s else "—"
                                       for s in (sh, sc)], "", ""],
    ]
    head = ["search (issue 21)", "shipped content", f"{scale_events} events", "budget", "pass/fail"]
    out = f"\n\nSearch: {', '.join(repr(q) for q in QUERIES)} typed and deleted a key at a time:\n"
    return out + render(head, rows)
