"""Checks an asciicast v2 recording of the tour: the header and every event
parse, times never go back, the size never changes, and the screen the bytes
leave, replayed through the project's small xterm emulator (bench/vt.py),
shows the tour's last stop.

usage: python3 Tests/e2e/recording.py FILE COLS ROWS
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from session_recording import replay  # noqa: E402


def main(path, cols, rows):
    screen, size, count, last_time, first_text = replay(path, cols, rows)
    assert size == (cols, rows), f"the tour's recording changed size to {size}"
    stops = re.search(r"Stop 1 of (\d+)", first_text or "")
    assert stops, "the first screen names no tour stop:\n" + (first_text or "")
    end = f"Stop {stops.group(1)} of {stops.group(1)}"
    assert end in screen.text(), f"the last screen is not the tour's end ({end}):\n" + screen.text()
    print(f"{count} events over {last_time:.2f} s; the last screen shows {end}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
