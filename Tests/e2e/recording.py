"""Checks an asciicast v2 recording of the tour: the header and every event
parse, times never go back, and the screen the bytes leave, replayed through
the project's small xterm emulator (bench/vt.py), shows the tour's last stop.

usage: python3 Tests/e2e/recording.py FILE COLS ROWS
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bench"))
import vt  # noqa: E402


def main(path, cols, rows):
    with open(path, encoding="utf-8") as file:
        lines = file.read().splitlines()
    header = json.loads(lines[0])
    assert header["version"] == 2, header
    assert (header["width"], header["height"]) == (cols, rows), header
    screen = vt.Screen(cols, rows)
    last_time = -1.0
    first_text = None
    for number, line in enumerate(lines[1:], start=2):
        event = json.loads(line)
        assert isinstance(event, list) and len(event) == 3, f"line {number}: {line[:80]}"
        time, kind, data = event
        assert isinstance(time, (int, float)) and time >= last_time, f"line {number}: time {time}"
        assert kind == "o" and isinstance(data, str), f"line {number}: {kind}"
        last_time = time
        screen.feed(data.encode("utf-8"))
        if first_text is None:
            first_text = screen.text()
    stops = re.search(r"Stop 1 of (\d+)", first_text)
    assert stops, "the first screen names no tour stop:\n" + first_text
    end = f"Stop {stops.group(1)} of {stops.group(1)}"
    assert end in screen.text(), f"the last screen is not the tour's end ({end}):\n" + screen.text()
    print(f"{len(lines) - 1} events over {last_time:.2f} s; the last screen shows {end}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
