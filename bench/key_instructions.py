"""Counts the instructions one key of the bench's script costs the app, in
the steady state: the figure bench/README.md quotes as "callgrind, steady
state, instructions a key".

CPU time on this shared 2-core machine moves by 10% from run to run;
callgrind's count of instructions moves by a few hundred in 100,000. So a
change to a key's path is measured here first, and in `make bench` after.

How: the release binary (debug info stripped, which valgrind 3.19 cannot
read) runs under callgrind in a 100x30 pseudo-terminal, driven as bench.py
drives it. One run plays 2 cycles of the key script, a second run 4; the
difference over the 58 keys between them leaves out start-up, the first
frames and the caches' first fill. With --top N, the N functions that cost
most a key (inclusive), from callgrind_annotate.

usage: python3 bench/key_instructions.py [--bin BIN] [--top N]
Needs valgrind. Standard library only.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pty_driver  # noqa: E402
from key_script import CYCLE, key_bytes  # noqa: E402

perf = time.perf_counter


def run(binary, cycles, out, home):
    """Start-up and `cycles` cycles of the key script under callgrind;
    returns the total instruction count."""
    env = {"TERM": "xterm-256color", "LANG": "C.UTF-8", "HOME": home,
           "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    argv = [shutil.which("valgrind"), "--tool=callgrind", "--callgrind-out-file=" + out, binary]
    p = pty_driver.Pty(argv, env, 100, 30)
    p.settle(p.t_spawn, 0.5, 30.0, 60.0)
    for _ in range(cycles):
        for key in CYCLE:
            # Keys as the terminal sends them in the mode the app asked for.
            p.feed()
            p.write(key_bytes(key, p.screen.app_cursor_keys))
            p.settle(perf(), 0.15, 10.0, 20.0)
    p.write(b"q")
    p.settle(perf(), 0.15, 5.0, 10.0)
    p.write(b"y")
    deadline = perf() + 30
    while p.alive and perf() < deadline:
        p.read_available()
        time.sleep(0.05)
    p.close()
    with open(out) as f:
        for line in f:
            if line.startswith("summary:") or line.startswith("totals:"):
                return int(line.split()[1])
    raise SystemExit(f"key_instructions: no totals in {out}: did valgrind run?")


def inclusive(out):
    """Inclusive instructions by function, from callgrind_annotate."""
    text = subprocess.run(
        ["callgrind_annotate", "--inclusive=yes", "--threshold=100", out],
        capture_output=True, text=True, check=True).stdout
    costs = {}
    for line in text.splitlines():
        m = re.match(r"\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+(\S.*)", line)
        if m:
            name = re.sub(r"\s+\[.*\]$", "", m.group(2))
            costs[name] = costs.get(name, 0) + int(m.group(1).replace(",", ""))
    return costs


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default=os.path.join(root, ".build/release/iom-history"))
    ap.add_argument("--top", type=int, default=0, help="list the N dearest functions a key")
    args = ap.parse_args()
    if not shutil.which("valgrind"):
        raise SystemExit("key_instructions: needs valgrind (apt-get install -y valgrind)")
    keys = 2 * len(CYCLE)
    with tempfile.TemporaryDirectory() as work:
        binary = os.path.join(work, "iom-history")
        shutil.copy(args.bin, binary)
        subprocess.run(["strip", "--strip-debug", binary], check=True)
        short, long = os.path.join(work, "cg.2"), os.path.join(work, "cg.4")
        total = run(binary, 4, long, work) - run(binary, 2, short, work)
        print(f"{total / keys:,.0f} instructions a key (steady state, {keys} keys)")
        if args.top:
            a, b = inclusive(short), inclusive(long)
            per_key = {name: (b.get(name, 0) - a.get(name, 0)) / keys for name in set(a) | set(b)}
            # Leave out the chain from main down to the event loop: each is the whole.
            below = {n: c for n, c in per_key.items() if c < 0.99 * total / keys}
            for name, cost in sorted(below.items(), key=lambda item: -item[1])[:args.top]:
                print(f"{cost:10,.0f}  {name[:120]}")


if __name__ == "__main__":
    main()
