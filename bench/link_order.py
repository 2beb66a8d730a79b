"""Writes bench/link-order.txt: the functions of the release binary that a
visitor's session runs, those a key runs first.

The release link (Package.swift) hands this list to lld, which places these
functions first and together, in this order. A session then touches fewer
pages of code: less resident memory and fewer page faults at start, and a
key, which finds its code evicted by whatever ran since the last one, fewer
pages to walk back in (one whole cycle of the bench's key script ran on
about 100 pages of code a key with the functions in the order they first
ran, and on 76 with these first). The list only affects layout; a stale one
costs locality, never correctness. Regenerate it after larger changes with
`make link-order`.

How: the release binary (debug info stripped, which valgrind 3.19 cannot
read) runs under callgrind in a tmux pane of 100x30 while a scripted session
plays in three parts, each dumped on its own (`callgrind_control -d`): the
start; the bench's key script (bench/key_script.py), twice; then language,
help, resize and quit. The functions the key script ran come first, then
those only the last part ran, then those only the start ran; in each part
in the order callgrind lists them.

Needs valgrind and tmux. Standard library only.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from key_script import CYCLE  # noqa: E402

# The key script's keys as tmux names them.
TMUX_NAMES = {"PgDn": "PageDown", "PgUp": "PageUp", "Esc": "Escape"}
BROWSING = [TMUX_NAMES.get(key, key) for key in CYCLE] * 2
OTHERS = "L ? Escape".split()


def tmux(*args):
    return subprocess.run(["tmux", "-L", "link-order", *args], capture_output=True, text=True)


def run_session(binary, out):
    command = f"valgrind --tool=callgrind --demangle=no --callgrind-out-file={out} {binary}"
    tmux("kill-server")
    tmux("new-session", "-d", "-s", "s", "-x", "100", "-y", "30",
         f"env TERM=xterm-256color LANG=C.UTF-8 {command}")
    wait_for("Quit", 60)
    dump()  # out.1: the start
    for key in BROWSING:
        tmux("send-keys", "-t", "s", key)
        time.sleep(0.5)
    dump()  # out.2: the key script
    for key in OTHERS:
        tmux("send-keys", "-t", "s", key)
        time.sleep(0.5)
    tmux("resize-window", "-t", "s", "-x", "120", "-y", "40")
    time.sleep(1)
    tmux("resize-window", "-t", "s", "-x", "100", "-y", "30")
    time.sleep(1)
    tmux("send-keys", "-t", "s", "q")
    time.sleep(0.5)
    tmux("send-keys", "-t", "s", "y")
    deadline = time.time() + 60
    while time.time() < deadline and not os.path.exists(out):
        time.sleep(0.5)
    time.sleep(1)
    tmux("kill-server")


def dump():
    """Has callgrind write what ran since the last dump to a file of its own."""
    time.sleep(0.5)
    subprocess.run(["callgrind_control", "--dump"], capture_output=True, check=True)
    time.sleep(0.5)


def wait_for(text, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if text in tmux("capture-pane", "-p", "-t", "s").stdout:
            return
        time.sleep(0.5)
    sys.exit(f"link_order: the app did not show {text!r} within {seconds} s")


def functions(callgrind_out, binary_name):
    """The functions of `binary_name` in one of callgrind's outputs, first
    seen first.

    Callgrind names each object and function once, with a number, and then
    refers to it by that number alone."""
    objects, names, seen, listed = {}, {}, set(), []
    current = None

    def lookup(table, token):
        match = re.match(r"\((\d+)\)(?: (.*))?", token)
        if match.group(2):
            table[match.group(1)] = match.group(2)
        return table.get(match.group(1))

    called_object = None
    for line in open(callgrind_out, errors="replace"):
        line = line.rstrip("\n")
        name, owner = None, None
        if line.startswith("ob="):
            current = lookup(objects, line[3:])
        elif line.startswith("cob="):
            called_object = lookup(objects, line[4:])
        elif line.startswith("fn="):
            name, owner = lookup(names, line[3:]), current
        elif line.startswith("cfn="):
            name, owner = lookup(names, line[4:]), called_object or current
            called_object = None
        if name and owner and owner.endswith(binary_name):
            name = re.sub(r"'\d+$", "", name)  # callgrind's mark for recursion
            if name not in seen and not name.startswith(("0x", "(")):
                seen.add(name)
                listed.append(name)
    return listed


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else ".build/release/iom-history"
    target = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "link-order.txt")
    with tempfile.TemporaryDirectory() as scratch:
        stripped = os.path.join(scratch, "iom-history")
        shutil.copy(binary, stripped)
        subprocess.run(["strip", "--strip-debug", stripped], check=True)
        out = os.path.join(scratch, "callgrind.out")
        run_session(stripped, out)
        parts = [out + ".2", out, out + ".1"]  # keys, the rest, the start
        if not all(os.path.exists(part) for part in parts):
            sys.exit("link_order: callgrind did not write the three parts")
        listed, seen = [], set()
        for part in parts:
            for name in functions(part, "/iom-history"):
                if name not in seen:
                    seen.add(name)
                    listed.append(name)
    with open(target, "w") as file:
        file.write("\n".join(listed) + "\n")
    print(f"{target}: {len(listed)} functions")


if __name__ == "__main__":
    main()
