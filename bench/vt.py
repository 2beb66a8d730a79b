"""A small terminal emulator: enough of xterm to know what is on the screen.

The benchmark feeds it the bytes a program wrote to its pseudo-terminal and
then reads the screen as text, to decide whether a frame is complete and
correct. It understands what ncurses (TERM=xterm-256color), dialog and less
send: cursor addressing and movement, erasing, inserting and deleting
characters and lines, scroll regions, scrolling, `rep`, auto-wrap with
xterm's pending-wrap rule, the DEC line-drawing character set, the alternate
screen, and wide characters. Colours and attributes are parsed and ignored.

It also tracks DECCKM (application cursor keys), so the driver can send the
arrow keys the way a real xterm would: ESC O A in application mode, ESC [ A
otherwise.

Standard library only.
"""

import codecs
import re
import unicodedata

# DEC Special Graphics, as xterm maps it to Unicode.
DEC_GRAPHICS = {
    "`": "◆", "a": "▒", "b": "␉", "c": "␌", "d": "␍", "e": "␊", "f": "°", "g": "±",
    "h": "␤", "i": "␋", "j": "┘", "k": "┐", "l": "┌", "m": "└", "n": "┼", "o": "⎺",
    "p": "⎻", "q": "─", "r": "⎼", "s": "⎽", "t": "├", "u": "┤", "v": "┴", "w": "┬",
    "x": "│", "y": "≤", "z": "≥", "{": "π", "|": "≠", "}": "£", "~": "·",
}
DEC_GRAPHICS_CHARS = frozenset(DEC_GRAPHICS.values())


def _missing_bytes(text, start, end, old_row):
    """The bytes of the non-blank characters of text[start:end] that old_row
    does not already hold at the same columns. A character repeated right
    after itself costs at most 4 more bytes for all its repeats: what
    repeating it (REP, ESC [ n b) costs at the least."""
    n = 0
    x = start
    while x < end:
        ch = text[x]
        if ch == " " or ch == "" or old_row[x][0] == ch:
            x += 1
            continue
        size = 1 if ch in DEC_GRAPHICS_CHARS else len(ch.encode("utf-8", errors="replace"))
        repeats = 0
        x += 1
        while x < end and text[x] == ch and old_row[x][0] != ch:
            repeats += 1
            x += 1
        n += size + min(repeats * size, 4)
    return n

# One token: a CSI sequence, an OSC/DCS string, a charset designation, another
# escape sequence, a control character, or a run of printable text.
TOKEN = re.compile(
    r"(\x1b\[[0-?]*[ -/]*[@-~])"            # 1 CSI
    r"|(\x1b[\]P_^][^\x07\x1b]*(?:\x07|\x1b\\))"  # 2 OSC / DCS / APC / PM
    r"|(\x1b[()*+][ -/]*[0-~])"             # 3 charset designation
    r"|(\x1b[ -/]*[0-~])"                   # 4 other escape
    r"|([\x00-\x1a\x1c-\x1f\x7f])"          # 5 control
    r"|([^\x00-\x1f\x7f]+)"                 # 6 text
)
INCOMPLETE_LIMIT = 4096
NORMAL = (0, None, None)  # (flags, foreground, background)
_FLAG_ON = {1: 1, 2: 2, 3: 4, 4: 8, 5: 16, 7: 32, 8: 64, 9: 128}
_FLAG_OFF = {21: 1 | 2, 22: 1 | 2, 23: 4, 24: 8, 25: 16, 27: 32, 28: 64, 29: 128}

_width_cache = {}


def char_width(ch):
    """Display columns of one code point, as xterm counts them (ambiguous = 1)."""
    w = _width_cache.get(ch)
    if w is None:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            w = 0
        elif unicodedata.east_asian_width(ch) in ("W", "F"):
            w = 2
        else:
            w = 1
        _width_cache[ch] = w
    return w


class Screen:
    def __init__(self, cols, rows):
        self.cols = cols
        self.rows = rows
        self.decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self.pending = ""
        self.app_cursor_keys = False
        self.alt_screen = False
        self.reset_state()
        self.grid = self._blank_grid()
        self.attrs = self._blank_attrs()
        self.saved_main = None

    def reset_state(self):
        self.x = 0
        self.y = 0
        self.wrap_pending = False
        self.top = 0
        self.bottom = self.rows - 1
        self.g = ["B", "B"]
        self.gl = 0
        self.last_char = " "
        self.saved_cursor = (0, 0, ["B", "B"], 0)
        self.attr = NORMAL
        self.erase_attr = NORMAL

    def _blank_grid(self):
        return [[" "] * self.cols for _ in range(self.rows)]

    def _blank_attrs(self, attr=None):
        a = NORMAL if attr is None else attr
        return [[a] * self.cols for _ in range(self.rows)]

    # ----- reading the screen -------------------------------------------
    def line(self, y):
        return "".join(self.grid[y])

    def lines(self):
        return ["".join(r) for r in self.grid]

    def text(self):
        return "\n".join(self.lines())

    def snapshot(self):
        """The cells, text and attributes, for count_changed."""
        return [list(zip(g, a)) for g, a in zip(self.grid, self.attrs)]

    @staticmethod
    def count_changed(before, after):
        """Cells whose text or attributes differ between two snapshots (all,
        if the size changed)."""
        if len(before) != len(after) or (before and len(before[0]) != len(after[0])):
            return sum(len(r) for r in after)
        n = 0
        for r1, r2 in zip(before, after):
            if r1 != r2:
                n += sum(1 for a, b in zip(r1, r2) if a != b)
        return n

    @staticmethod
    def new_text_bytes(before, after):
        """A floor for the bytes any program must write to turn one screen
        into the other, however well it moves the cursor, erases, sets
        colours and scrolls (none of which is counted): the UTF-8 bytes of
        the characters that are new, not blank, and could not have been
        scrolled there. A run of changed cells is taken from whichever old
        row holds the most of it at the same columns, since a scrolling
        region can bring any row there. A line-drawing character counts one
        byte, as in the DEC graphics set, and a run of one character counts
        as if repeated with REP. Not allowed for: copying a rectangle from
        elsewhere on the screen (DECCRA), which none of the three programs
        uses. All non-blank cells count if the size changed."""
        if len(before) != len(after) or (before and len(before[0]) != len(after[0])):
            before = [[(" ", None)] * len(r) for r in after]
        total = 0
        for y, row in enumerate(after):
            if row == before[y]:
                continue
            text = [ch for ch, _ in row]
            x = 0
            cols = len(text)
            while x < cols:
                if text[x] == before[y][x][0]:
                    x += 1
                    continue
                end = x
                while end < cols and text[end] != before[y][end][0]:
                    end += 1
                total += min(_missing_bytes(text, x, end, old) for old in before)
                x = end
        return total

    def contains(self, needle):
        return any(needle in line for line in self.lines())

    # ----- resizing, as xterm does: keep the top-left of the content -----
    def resize(self, cols, rows):
        grid = [[" "] * cols for _ in range(rows)]
        attrs = [[NORMAL] * cols for _ in range(rows)]
        for y in range(min(rows, self.rows)):
            for x in range(min(cols, self.cols)):
                grid[y][x] = self.grid[y][x]
                attrs[y][x] = self.attrs[y][x]
        self.grid = grid
        self.attrs = attrs
        self.cols, self.rows = cols, rows
        self.top, self.bottom = 0, rows - 1
        self.x = min(self.x, cols - 1)
        self.y = min(self.y, rows - 1)
        self.wrap_pending = False

    # ----- feeding bytes --------------------------------------------------
    def feed(self, data):
        text = self.pending + self.decoder.decode(data)
        self.pending = ""
        pos = 0
        n = len(text)
        match = TOKEN.match
        while pos < n:
            m = match(text, pos)
            if m is None:
                # An escape sequence cut off at the end of the chunk: keep it.
                if text[pos] == "\x1b" and n - pos < INCOMPLETE_LIMIT:
                    self.pending = text[pos:]
                    return
                pos += 1  # a stray ESC: drop it
                continue
            pos = m.end()
            kind = m.lastindex
            s = m.group(kind)
            if kind == 6:
                self._print(s)
            elif kind == 1:
                self._csi(s)
            elif kind == 5:
                self._control(s)
            elif kind == 3:
                self.g[0 if s[1] == "(" else 1] = s[-1]
            elif kind == 4:
                self._esc(s)
            # kind 2 (OSC and friends): ignored

    def _print(self, s):
        graphics = self.g[self.gl] == "0"
        grid = self.grid
        attrs = self.attrs
        attr = self.attr
        cols = self.cols
        for ch in s:
            if graphics:
                ch = DEC_GRAPHICS.get(ch, ch)
            w = char_width(ch)
            if w == 0:
                # A combining mark joins the cell before the cursor.
                px = self.x - 1 if not self.wrap_pending else self.x
                if px >= 0:
                    grid[self.y][px] += ch
                continue
            if self.wrap_pending:
                self.wrap_pending = False
                self.x = 0
                self._index()
            if w == 2 and self.x == cols - 1:
                grid[self.y][self.x] = " "
                self.x = 0
                self._index()
            row = grid[self.y]
            row[self.x] = ch
            arow = attrs[self.y]
            arow[self.x] = attr
            if w == 2:
                row[self.x + 1] = ""
                arow[self.x + 1] = attr
            self.last_char = ch
            if self.x + w >= cols:
                self.x = cols - 1
                self.wrap_pending = True
            else:
                self.x += w

    def _control(self, c):
        if c == "\r":
            self.x = 0
            self.wrap_pending = False
        elif c == "\n" or c == "\x0b" or c == "\x0c":
            self._index()
            self.wrap_pending = False
        elif c == "\x08":
            if self.wrap_pending:
                self.wrap_pending = False
            elif self.x > 0:
                self.x -= 1
        elif c == "\t":
            self.x = min(self.cols - 1, (self.x // 8 + 1) * 8)
            self.wrap_pending = False
        elif c == "\x0e":
            self.gl = 1
        elif c == "\x0f":
            self.gl = 0
        # BEL and the rest: nothing to draw

    def _index(self):
        if self.y == self.bottom:
            self._scroll_up(1)
        elif self.y < self.rows - 1:
            self.y += 1

    def _reverse_index(self):
        if self.y == self.top:
            self._scroll_down(1)
        elif self.y > 0:
            self.y -= 1

    def _scroll_up(self, n):
        top, bottom = self.top, self.bottom
        n = min(n, bottom - top + 1)
        del self.grid[top:top + n]
        del self.attrs[top:top + n]
        for _ in range(n):
            self.grid.insert(bottom - n + 1, [" "] * self.cols)
            self.attrs.insert(bottom - n + 1, [self.erase_attr] * self.cols)

    def _scroll_down(self, n):
        top, bottom = self.top, self.bottom
        n = min(n, bottom - top + 1)
        del self.grid[bottom - n + 1:bottom + 1]
        del self.attrs[bottom - n + 1:bottom + 1]
        for _ in range(n):
            self.grid.insert(top, [" "] * self.cols)
            self.attrs.insert(top, [self.erase_attr] * self.cols)

    # ESC 7 / ESC 8 and CSI s / CSI u: the cursor with its character sets.
    def _save_cursor(self):
        self.saved_cursor = (self.x, self.y, list(self.g), self.gl)

    def _restore_cursor(self):
        self.x, self.y, g, self.gl = self.saved_cursor
        self.g = list(g)
        self.wrap_pending = False

    def _esc(self, s):
        f = s[-1]
        if f == "7":
            self._save_cursor()
        elif f == "8":
            self._restore_cursor()
        elif f == "D":
            self._index()
        elif f == "E":
            self.x = 0
            self._index()
        elif f == "M":
            self._reverse_index()
            self.wrap_pending = False
        elif f == "c":
            self.reset_state()
            self.grid = self._blank_grid()
            self.attrs = self._blank_attrs()
        # ESC = / ESC > (keypad modes) and the rest: nothing to draw

    def _csi(self, s):
        final = s[-1]
        body = s[2:-1]
        private = ""
        if body and body[0] in "?<=>":
            private, body = body[0], body[1:]
        body = body.rstrip(" !\"#$%&'()*+,-./")
        params = []
        for p in body.split(";") if body else []:
            try:
                params.append(int(p.split(":")[0]) if p else 0)
            except ValueError:
                params.append(0)

        def arg(i, default=1):
            v = params[i] if i < len(params) else 0
            return v if v else default

        if private == "?" and final in "hl":
            on = final == "h"
            for p in params:
                if p == 1:
                    self.app_cursor_keys = on
                elif p in (47, 1047, 1049):
                    self._alt(on, p)
            return
        if private:
            return
        cols, rows = self.cols, self.rows
        if final == "H" or final == "f":
            self.y = min(arg(0) - 1, rows - 1)
            self.x = min(arg(1) - 1, cols - 1)
            self.wrap_pending = False
        elif final == "m":
            self._sgr(params)
        elif final == "A":
            lim = self.top if self.y >= self.top else 0
            self.y = max(lim, self.y - arg(0))
            self.wrap_pending = False
        elif final == "B" or final == "e":
            lim = self.bottom if self.y <= self.bottom else rows - 1
            self.y = min(lim, self.y + arg(0))
            self.wrap_pending = False
        elif final == "C" or final == "a":
            self.x = min(cols - 1, self.x + arg(0))
            self.wrap_pending = False
        elif final == "D":
            self.x = max(0, self.x - arg(0))
            self.wrap_pending = False
        elif final == "G" or final == "`":
            self.x = min(cols - 1, arg(0) - 1)
            self.wrap_pending = False
        elif final == "d":
            self.y = min(rows - 1, arg(0) - 1)
            self.wrap_pending = False
        elif final == "E":
            self.y = min(rows - 1, self.y + arg(0))
            self.x = 0
            self.wrap_pending = False
        elif final == "F":
            self.y = max(0, self.y - arg(0))
            self.x = 0
            self.wrap_pending = False
        elif final == "K":
            mode = arg(0, 0)
            row = self.grid[self.y]
            if mode == 0:
                a, b = self.x, cols
            elif mode == 1:
                a, b = 0, self.x + 1
            else:
                a, b = 0, cols
            arow = self.attrs[self.y]
            for i in range(a, b):
                row[i] = " "
                arow[i] = self.erase_attr
            self.wrap_pending = False
        elif final == "J":
            mode = arg(0, 0)
            e = self.erase_attr
            if mode == 0:
                row, arow = self.grid[self.y], self.attrs[self.y]
                for i in range(self.x, cols):
                    row[i] = " "
                    arow[i] = e
                for y in range(self.y + 1, rows):
                    self.grid[y] = [" "] * cols
                    self.attrs[y] = [e] * cols
            elif mode == 1:
                for y in range(0, self.y):
                    self.grid[y] = [" "] * cols
                    self.attrs[y] = [e] * cols
                row, arow = self.grid[self.y], self.attrs[self.y]
                for i in range(0, self.x + 1):
                    row[i] = " "
                    arow[i] = e
            elif mode in (2, 3):
                self.grid = self._blank_grid()
                self.attrs = self._blank_attrs(e)
            self.wrap_pending = False
        elif final == "X":
            row, arow = self.grid[self.y], self.attrs[self.y]
            for i in range(self.x, min(cols, self.x + arg(0))):
                row[i] = " "
                arow[i] = self.erase_attr
            self.wrap_pending = False
        elif final == "P":
            row, arow = self.grid[self.y], self.attrs[self.y]
            n = min(arg(0), cols - self.x)
            del row[self.x:self.x + n]
            del arow[self.x:self.x + n]
            row.extend([" "] * n)
            arow.extend([self.erase_attr] * n)
            self.wrap_pending = False
        elif final == "@":
            row, arow = self.grid[self.y], self.attrs[self.y]
            n = min(arg(0), cols - self.x)
            for _ in range(n):
                row.insert(self.x, " ")
                arow.insert(self.x, self.erase_attr)
            del row[cols:]
            del arow[cols:]
            self.wrap_pending = False
        elif final == "L" or final == "M":
            if self.top <= self.y <= self.bottom:
                saved_top = self.top
                self.top = self.y
                if final == "L":
                    self._scroll_down(arg(0))
                else:
                    self._scroll_up(arg(0))
                self.top = saved_top
                self.x = 0
            self.wrap_pending = False
        elif final == "S":
            self._scroll_up(arg(0))
        elif final == "T":
            self._scroll_down(arg(0))
        elif final == "r":
            top = arg(0) - 1
            bottom = arg(1, rows) - 1
            if 0 <= top < bottom < rows:
                self.top, self.bottom = top, bottom
            else:
                self.top, self.bottom = 0, rows - 1
            self.x = self.y = 0
            self.wrap_pending = False
        elif final == "b":
            self._print(self.last_char * min(arg(0), cols * rows))
        elif final == "s":
            self._save_cursor()
        elif final == "u":
            self._restore_cursor()
        # t (window ops), n (reports), c (attributes), g (tabs) ...: ignored

    def _sgr(self, params):
        flags, fg, bg = self.attr
        if not params:
            params = [0]
        i = 0
        n = len(params)
        while i < n:
            p = params[i]
            if p == 0:
                flags, fg, bg = 0, None, None
            elif p in _FLAG_ON:
                flags |= _FLAG_ON[p]
            elif p in _FLAG_OFF:
                flags &= ~_FLAG_OFF[p]
            elif 30 <= p <= 37:
                fg = p - 30
            elif 90 <= p <= 97:
                fg = p - 90 + 8
            elif p == 39:
                fg = None
            elif 40 <= p <= 47:
                bg = p - 40
            elif 100 <= p <= 107:
                bg = p - 100 + 8
            elif p == 49:
                bg = None
            elif p in (38, 48):
                if i + 1 < n and params[i + 1] == 5 and i + 2 < n:
                    v = params[i + 2]
                    i += 2
                elif i + 1 < n and params[i + 1] == 2 and i + 4 < n:
                    v = ("rgb",) + tuple(params[i + 2:i + 5])
                    i += 4
                else:
                    v = None
                if p == 38:
                    fg = v
                else:
                    bg = v
            i += 1
        self.attr = (flags, fg, bg)
        # xterm erases with the current background (bce).
        self.erase_attr = (0, None, bg) if bg is not None else NORMAL

    def _alt(self, on, mode):
        if on and not self.alt_screen:
            self.alt_screen = True
            if mode == 1049:
                self.saved_cursor = (self.x, self.y, list(self.g), self.gl)
            self.saved_main = (self.grid, self.attrs)
            self.grid = self._blank_grid()
            self.attrs = self._blank_attrs()
        elif not on and self.alt_screen:
            self.alt_screen = False
            old, old_attrs = self.saved_main or (self._blank_grid(), self._blank_attrs())
            self.grid = self._blank_grid()
            self.attrs = self._blank_attrs()
            # The main screen may have been made for another size.
            for y in range(min(self.rows, len(old))):
                for x in range(min(self.cols, len(old[y]))):
                    self.grid[y][x] = old[y][x]
                    self.attrs[y][x] = old_attrs[y][x]
            if mode == 1049:
                self.x, self.y, g, self.gl = self.saved_cursor
                self.g = list(g)


_CURSOR = set("HfGdABCDEF`ae")
_ERASE = set("KJX")
_SCROLL = set("LMSTP@r")


def classify(data, counts=None):
    """Splits terminal output into what its bytes are spent on: text (ASCII,
    box drawing U+2500-U+259F, other non-ASCII), SGR (colours, attributes),
    cursor movement, erasing, scrolling/inserting/deleting, repeat (rep),
    charset switches, control characters and the rest. Returns byte counts."""
    counts = {} if counts is None else counts

    def add(k, n):
        counts[k] = counts.get(k, 0) + n

    text = data.decode("utf-8", errors="replace")
    pos = 0
    n = len(text)
    while pos < n:
        m = TOKEN.match(text, pos)
        if m is None:
            add("other", 1)
            pos += 1
            continue
        pos = m.end()
        kind = m.lastindex
        s = m.group(kind)
        size = len(s.encode("utf-8", errors="replace"))
        if kind == 6:
            ascii_ = sum(1 for c in s if c < "\x80")
            box = sum(1 for c in s if "\u2500" <= c <= "\u259f")
            add("text_ascii", ascii_)
            add("text_box_drawing", box * 3)
            add("text_other_utf8", size - ascii_ - box * 3)
        elif kind == 1:
            f = s[-1]
            if f == "m":
                add("sgr", size)
            elif f in _CURSOR:
                add("cursor", size)
            elif f in _ERASE:
                add("erase", size)
            elif f in _SCROLL:
                add("scroll_insert_delete", size)
            elif f == "b":
                add("rep", size)
            else:
                add("other_csi", size)
        elif kind == 3:
            add("charset", size)
        elif kind == 5:
            add("control", size)
        else:
            add("other_esc", size)
    return counts
