"""Checks for the photo tests (Tests/e2e/photos.sh): where the colour bars
of the test photo show, in a tmux pane's cells or in a screenshot's pixels.

  photos.py cells FILE     FILE: `tmux capture-pane -p -e` output
  photos.py pixels FILE    FILE: a PPM screenshot

Both pass when some row shows, left to right, runs of red, green, blue and
white, each at least MIN (cells: 3, pixels: 20) long: the four bars of the
test photo, in their order. Prints what it found; exits 1 if not found.

  photos.py orient FILE N  gives the JPEG FILE an EXIF Orientation of N
                           (1-8), as a camera writes it
"""

import re
import struct
import sys

BARS = ["red", "green", "blue", "white"]

# The 256-colour palette's colour cube and the basic colours, by name.
def name_of_index(index):
    if index in (1, 9, 196):
        return "red"
    if index in (2, 10, 46):
        return "green"
    if index in (4, 12, 21):
        return "blue"
    if index in (7, 15, 231):
        return "white"
    return None


def name_of_rgb(r, g, b):
    if r > 200 and g < 60 and b < 60:
        return "red"
    if g > 200 and r < 60 and b < 60:
        return "green"
    if b > 200 and r < 60 and g < 60:
        return "blue"
    if r > 220 and g > 220 and b > 220:
        return "white"
    return None


def runs(names):
    """The row's runs of one colour: [(name, length)]."""
    found = []
    for name in names:
        if found and found[-1][0] == name:
            found[-1][1] += 1
        else:
            found.append([name, 1])
    return found


def shows_bars(names, shortest):
    long_runs = [name for name, length in runs(names) if name and length >= shortest]
    # The bars in order, nothing else coloured in between.
    text = " ".join(long_runs)
    return " ".join(BARS) in text


def cell_rows(path):
    """Per row of a capture-pane -e dump, the colour each cell shows: a
    blank shows its background, anything else its foreground."""
    sgr = re.compile(r"\x1b\[([0-9;]*)m")
    for line in open(path, encoding="utf-8", errors="replace").read().split("\n"):
        fg = bg = None
        names = []
        position = 0
        for match in list(sgr.finditer(line)) + [None]:
            end = match.start() if match else len(line)
            for character in line[position:end]:
                shown = bg if character == " " else fg
                names.append(name_of_index(shown) if shown is not None else None)
            if not match:
                break
            position = match.end()
            numbers = [int(n) if n else 0 for n in match.group(1).split(";")]
            i = 0
            while i < len(numbers):
                n = numbers[i]
                if n == 0:
                    fg = bg = None
                elif n in (38, 48) and i + 2 < len(numbers) and numbers[i + 1] == 5:
                    if n == 38:
                        fg = numbers[i + 2]
                    else:
                        bg = numbers[i + 2]
                    i += 2
                elif 30 <= n <= 37:
                    fg = n - 30
                elif 40 <= n <= 47:
                    bg = n - 40
                elif n == 39:
                    fg = None
                elif n == 49:
                    bg = None
                i += 1
        yield names


def pixel_rows(path):
    data = open(path, "rb").read()
    header = re.match(rb"P6\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    width, height = int(header.group(1)), int(header.group(2))
    pixels = data[header.end():]
    for y in range(height):
        row = pixels[y * width * 3:(y + 1) * width * 3]
        yield [name_of_rgb(row[x * 3], row[x * 3 + 1], row[x * 3 + 2]) for x in range(width)]


def orient(path, orientation):
    """An APP1 marker right after the JPEG's start: "Exif", a big-endian
    TIFF header, one directory of one entry, Orientation (0x0112), a SHORT."""
    data = open(path, "rb").read()
    assert data[:2] == b"\xff\xd8", f"{path} is not a JPEG"
    exif = (b"Exif\0\0" + b"MM\0\x2a" + struct.pack(">I", 8) + struct.pack(">H", 1)
            + struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0) + struct.pack(">I", 0))
    marker = b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif
    open(path, "wb").write(data[:2] + marker + data[2:])
    return 0


def main():
    kind, path = sys.argv[1], sys.argv[2]
    if kind == "orient":
        return orient(path, int(sys.argv[3]))
    rows = cell_rows(path) if kind == "cells" else pixel_rows(path)
    shortest = 3 if kind == "cells" else 20
    matching = [y for y, names in enumerate(rows) if shows_bars(names, shortest)]
    if not matching:
        print("no row shows the four bars")
        return 1
    print(f"rows {matching[0]}–{matching[-1]} show the four bars")
    return 0


sys.exit(main())
