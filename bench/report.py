"""The bench's human-readable table: every figure with the three programs
side by side, the ratio to dialog, the budgets, and the output bytes per key
by kind. bench.py writes it to stdout; the JSON has the same figures.

Python 3 standard library only. See bench/README.md ("Reading the table").
"""

import search_bench


# The table.
def fmt(x, digits=1):
    if x is None:
        return "—"
    if isinstance(x, str):
        return x
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    if abs(x) >= 100:
        return f"{x:.0f}"
    return f"{x:.{digits}f}"


def cell(s, digits=1):
    if not s:
        return "—"
    if s["n"] == 1 or s["min"] == s["max"]:
        return fmt(s["median"], digits)
    return f"{fmt(s['median'], digits)} [{fmt(s['min'], digits)}–{fmt(s['max'], digits)}]"


def table(R):
    S = R["summary"]
    B = {b["budget"]: b for b in R["budgets"]}
    app, dlg, les = S.get("iom-history", {}), S.get("dialog", {}), S.get("less", {})
    sc = S.get("scale")
    rows = []

    def ratio(a, b):
        if not a or not b or not b["median"]:
            return "—"
        return f"{a['median'] / b['median']:.2f}×"

    def verdict(name):
        b = B.get(name)
        if not b:
            return "", ""
        lim = b["limit"]
        budget = name.split(" ≤ ")[-1] if " ≤ " in name else name.split(" < ")[-1] if " < " in name else f"= {lim}"
        return budget, ("PASS" if b["pass"] else "FAIL")

    def row(metric, key, digits=1, budget_name=None, show_ratio=True):
        a, d, l_ = app.get(key), dlg.get(key), les.get(key)
        budget, verdict_ = verdict(budget_name) if budget_name else ("", "")
        rows.append([metric, cell(a, digits), cell(d, digits), cell(l_, digits),
                     ratio(a, d) if show_ratio else "", budget, verdict_])

    row(f"start-up to complete frame (ms), {app.get('startup_samples', 0)} runs each",
        "startup_ms", 1, "start-up to a complete frame ≤ 1.0× dialog")
    row("  of which first byte (ms)", "first_byte_ms")
    row("  CPU during start-up (ms)", "startup_cpu_ms")
    row("key latency median (ms)", "latency_median_ms", 3, "key latency median < 1 ms", False)
    row("key latency p95 (ms)", "latency_p95_ms", 2, None, False)
    row("key latency p95 without Esc (ms)", "latency_p95_without_esc_ms", 2, None, False)
    row("key latency max (ms)", "latency_max_ms", 1, None, False)
    row("Esc latency median (ms)", "esc_latency_ms", 1, None, False)
    row("CPU per key (µs)", "cpu_us_per_key", 0, "CPU per key ≤ 1.0× dialog")
    row("bytes per key", "bytes_per_key", 0)
    row("  screen cells changed per key", "changed_cells_per_key", 0)
    row("  bytes per changed cell", "bytes_per_changed_cell", 2)
    row("  floor: bytes of new text per key", "new_text_bytes_per_key", 0)
    # Each program's bytes against its own floor: what no renderer goes
    # under to show the same screens (no budget; see README.md).
    rows[-1][4] = ""
    rows.append(["  bytes per key ÷ its floor", *[
        f"{x['bytes_per_key']['median'] / x['new_text_bytes_per_key']['median']:.2f}×"
        if x.get("bytes_per_key") and x.get("new_text_bytes_per_key")
        and x["new_text_bytes_per_key"]["median"] else "—"
        for x in (app, dlg, les)], "", "", ""])
    row("  CPU per changed cell (µs)", "cpu_us_per_changed_cell", 2)
    row("  user-space share of that CPU", "user_share", 2, None, False)
    row("keys sent / unanswered", "keys", 0, None, False)
    rows[-1][1:4] = [f"{fmt(x['keys']['median'], 0)} / {fmt(x['unanswered']['median'], 0)}" if x else "—"
                     for x in (app, dlg, les)]
    fl = S["floor"]
    rows.append(["measuring floor: cat echo (ms)", cell(fl["median_ms"], 3), "", "", "", "", ""])
    I = S["idle"]
    for label, key, digits in (("idle CPU (ms/s)", "cpu_ms_per_s", 3), ("idle wake-ups (/s)", "wakeups_per_s", 2)):
        a, d, l_ = I.get("iom-history", {}).get(key), I.get("dialog", {}).get(key), I.get("less", {}).get(key)
        budget, v = verdict("idle wake-ups per second = 0 (normal mode)") if key == "wakeups_per_s" else ("", "")
        rows.append([label, cell(a, digits), cell(d, digits), cell(l_, digits), ratio(a, d) if key == "cpu_ms_per_s" else "", budget, v])
    if "iom-history --kiosk" in I:
        k = I["iom-history --kiosk"]
        rows.append(["idle, kiosk mode: CPU (ms/s) / wake-ups (/s)",
                     f"{cell(k['cpu_ms_per_s'], 3)} / {cell(k['wakeups_per_s'], 2)}", "", "", "", "", ""])
    else:
        rows.append(["idle, kiosk mode", "n/a (no kiosk mode yet)", "", "", "", "", ""])
    row("RSS after start-up (MiB)", "rss_startup_mib", 2)
    row("peak RSS, VmHWM at end (MiB)", "peak_rss_mib", 2, "peak RSS ≤ 2.5× dialog")
    so = S["soak"]
    if so:
        def sk(n):
            s = so.get(n)
            if not s or s["growth_mib"] is None:
                return "—"
            return f"{s['growth_mib']:+.2f} ({s['rss_start_mib']:.1f}→{s['rss_end_mib']:.1f})"
        budget, v = verdict("soak RSS growth ≤ 1 MiB over 100,000 actions")
        rows.append([f"soak: RSS growth over {R['config']['soak_actions']:,} actions (MiB)",
                     sk("iom-history"), sk("dialog"), sk("less"), "", budget, v])
        rows.append(["soak: CPU per action (µs)",
                     *[fmt(so.get(n, {}).get("cpu_us_per_action"), 0) for n in ("iom-history", "dialog", "less")],
                     "", "", ""])
    row("resize to correct frame (ms)", "resize_ms", 2, "resize to a correct frame ≤ 10 ms", False)
    rows[-1][1:4] = [cell(x.get("resize_ms"), 2) + (f" ({x['resize_incorrect']} wrong)" if x.get("resize_incorrect") else "")
                     if x else "—" for x in (app, dlg, les)]
    L = S["load"]
    rows.append(["load: dump, built-in content (ms)", cell(L["builtin_ms"]), "", "", "", "", ""])
    rows.append(["load: dump --content shipped files (ms)", cell(L["shipped_files_ms"]), "", "", "", "", ""])
    ev = R["setup"]["scale_events"]
    full = R["load_full_first"]
    if full["ms"] is not None and full.get("status") != 0:
        msg = (full.get("stderr") or "").strip().splitlines()
        rows.append([f"scale: load, dump --content ({ev} events)",
                     f"refused (status {full['status']}): " + (msg[1][:60] if len(msg) > 1 else ""),
                     "", "", "", "", ""])
    elif full["ms"] is not None:
        rows.append([f"scale: load, dump --content ({ev} events) (ms)", cell(L["scale_ms"]), "", "", "", "", ""])
    else:
        ex = R.get("load_full_extrapolated_ms")
        rows.append([f"scale: load, dump --content ({ev} events)",
                     f"> {full['timeout_s']:g} s (timed out)" + (f"; ~{ex / 1000:.0f} s extrapolated" if ex else ""),
                     "", "", "", "", ""])
    for r in R.get("load_ladder", []):
        rows.append([f"  load ladder: {r['events']} events (ms)", fmt(r["ms"], 0) if r["ms"] else "timed out",
                     "", "", "", "", ""])
    if R.get("load_growth"):
        rows.append(["  load time grows as events^k, k =", f"{R['load_growth']['k']:.2f}", "", "", "", "", ""])
    small = S.get("small")
    if small:
        sev = R["setup"].get("small_events")
        budget, v = verdict(f"start-up ≤ 60 ms ({sev} events)")
        rows.append([f"start-up ({sev} events, read from files) (ms), {small['startup_samples']} runs",
                     cell(small["startup_ms"]), "", "", "", budget, v])
    used = R.get("scale_events_used")
    budget, v = verdict(f"start-up ≤ 500 ms ({ev} events)")
    if sc and used == ev:
        rows.append([f"scale: start-up ({ev} events) (ms)", cell(sc["startup_ms"]), "", "", "", budget, v])
    else:
        rows.append([f"scale: start-up ({ev} events)", "not reached (content did not load)", "", "", "", budget, v])
    if sc:
        tag = f"{used} events"
        if used != ev:
            rows.append([f"scale ({tag}): start-up (ms)", cell(sc["startup_ms"]), "", "", "", "", ""])
        rows.append([f"scale ({tag}): key latency median / p95 (ms)",
                     f"{cell(sc['latency_median_ms'], 3)} / {cell(sc['latency_p95_ms'], 2)}", "", "", "", "", ""])
        budget, v = verdict("scale CPU per key ≤ 2× default content")
        r_ = f"{sc['cpu_us_per_key']['median'] / app['cpu_us_per_key']['median']:.2f}× default" \
            if sc.get("cpu_us_per_key") and app.get("cpu_us_per_key") else "—"
        ext = R.get("scale_cpu_extrapolation")
        if ext:
            r_ += f" (→ {ext['predicted_ratio']:.1f}× at {ev})"
        rows.append([f"scale ({tag}): CPU per key (µs)", cell(sc["cpu_us_per_key"], 0), "", "", r_, budget, v])
        rows.append([f"scale ({tag}): bytes per key", cell(sc["bytes_per_key"], 0), "", "", "", "", ""])
        rows.append([f"scale ({tag}): peak RSS (MiB)", cell(sc["peak_rss_mib"], 2), "", "", "", "", ""])
        rows.append([f"scale ({tag}): resize (ms)", cell(sc["resize_ms"], 2), "", "", "", "", ""])
        si = I.get("iom-history scale")
        if si:
            rows.append([f"scale ({tag}): idle wake-ups (/s)", cell(si["wakeups_per_s"], 2), "", "", "", "", ""])

    head = ["metric", "iom-history", "dialog", "less", "ratio to dialog", "budget", "pass/fail"]
    out = _render(head, rows)
    out += search_bench.table(R, cell, _render, R["setup"]["scale_events"])

    # Where the bytes of the key script go.
    kinds = ["text_ascii", "text_box_drawing", "text_other_utf8", "sgr", "cursor", "erase",
             "scroll_insert_delete", "rep", "charset", "control", "other_csi", "other_esc", "other"]
    progs = [("iom-history", app), ("dialog", dlg), ("less", les)] + ([("scale", sc)] if sc else [])
    brows = []
    for k in kinds:
        vals = [p.get("output_bytes_per_key_by_kind", {}).get(k) for _, p in progs]
        if any(vals):
            brows.append([k] + [fmt(v or 0, 0) for v in vals])
    if brows:
        out += "\n\nOutput bytes per key by kind (key script, median of rounds):\n"
        out += _render(["kind"] + [n for n, _ in progs], brows)
    return out


def _render(head, rows):
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    lines = []
    fmt_row = lambda r: "| " + " | ".join(str(c).ljust(w) for c, w in zip(r, widths)) + " |"
    lines.append(fmt_row(head))
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        lines.append(fmt_row(r))
    return "\n".join(lines)
