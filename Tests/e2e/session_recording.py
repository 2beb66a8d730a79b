"""Checks an asciicast v2 recording of an interactive session: the header
has the size the session started at, every event parses ("o" output, or "r"
with a new size COLSxROWS), times never go back, and the screen the events
leave, replayed through the project's small xterm emulator (bench/vt.py),
equals EXPECTED (the session's last screen as tmux showed it), line by line
with trailing blanks ignored.

usage: python3 Tests/e2e/session_recording.py FILE COLS ROWS EXPECTED [FINAL_COLSxROWS]
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench"))
import vt  # noqa: E402


def replay(path, cols, rows):
    """The screen the recording leaves, its last size, its number of events,
    the time of the last, and the screen after the first output event."""
    with open(path, encoding="utf-8") as file:
        lines = file.read().splitlines()
    header = json.loads(lines[0])
    assert header["version"] == 2, header
    assert (header["width"], header["height"]) == (cols, rows), header
    screen = vt.Screen(cols, rows)
    size = (cols, rows)
    last_time = -1.0
    first_text = None
    for number, line in enumerate(lines[1:], start=2):
        event = json.loads(line)
        assert isinstance(event, list) and len(event) == 3, f"line {number}: {line[:80]}"
        time, kind, data = event
        assert isinstance(time, (int, float)) and time >= last_time, f"line {number}: time {time}"
        assert isinstance(data, str), f"line {number}: {data!r}"
        last_time = time
        if kind == "o":
            screen.feed(data.encode("utf-8"))
            if first_text is None:
                first_text = screen.text()
        elif kind == "r":
            match = re.fullmatch(r"(\d+)x(\d+)", data)
            assert match, f"line {number}: resize {data!r}"
            size = (int(match.group(1)), int(match.group(2)))
            screen.resize(*size)
        else:
            raise AssertionError(f"line {number}: unknown event {kind!r}")
    return screen, size, len(lines) - 1, last_time, first_text


def main(path, cols, rows, expected_path, final=None):
    screen, size, count, last_time, _ = replay(path, cols, rows)
    if final:
        assert f"{size[0]}x{size[1]}" == final, f"the recording ends at {size}, not {final}"
    with open(expected_path, encoding="utf-8") as file:
        expected = [line.rstrip() for line in file.read().splitlines()]
    shown = [line.rstrip() for line in screen.text().splitlines()]
    while expected and not expected[-1]:
        expected.pop()
    while shown and not shown[-1]:
        shown.pop()
    if shown != expected:
        diff = [
            f"  row {row}: recorded {a!r}\n  row {row}: on screen {b!r}"
            for row, (a, b) in enumerate(zip(shown + [""] * 99, expected + [""] * 99))
            if a != b
        ]
        raise AssertionError("the replayed screen differs:\n" + "\n".join(diff[:6]))
    print(f"{count} events over {last_time:.2f} s; the last screen is the session's")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), *sys.argv[4:])
