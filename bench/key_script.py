"""The bench's key script: the keys a terminal emulator (xterm) sends, one
cycle of the app's keys, and how it maps to dialog and less.

Python 3 standard library only. See bench/README.md ("The key script").
"""

# Cursor keys depend on DECCKM, which the emulator tracks from the program's
# output.
KEY_NORMAL = {
    "Up": b"\x1b[A", "Down": b"\x1b[B", "Right": b"\x1b[C", "Left": b"\x1b[D",
    "Home": b"\x1b[H", "End": b"\x1b[F",
}
KEY_APP = {
    "Up": b"\x1bOA", "Down": b"\x1bOB", "Right": b"\x1bOC", "Left": b"\x1bOD",
    "Home": b"\x1bOH", "End": b"\x1bOF",
}
KEY_FIXED = {
    "PgUp": b"\x1b[5~", "PgDn": b"\x1b[6~", "Tab": b"\t", "Enter": b"\r",
    "Esc": b"\x1b", "Backspace": b"\x7f",
}


def key_bytes(name, app_mode):
    if name in KEY_FIXED:
        return KEY_FIXED[name]
    return (KEY_APP if app_mode else KEY_NORMAL)[name]


# The fixed key script, as the app's keys. One cycle is 29 keys and returns
# every pane's selection to where it started; 11 cycles = 319 keys.
#   timeline: PgDn PgUp, 4 down 1 up, open the item, next/previous item, back
#   work areas: Tab, 2 down, open, back, 2 up
#   exhibition: Tab, 1 down, open, back, 1 up
#   back to the timeline: Tab, 3 up, 1 down, 1 up
CYCLE = (
    ["PgDn", "PgUp", "Down", "Down", "Down", "Down", "Up", "Enter", "Right", "Left", "Esc"]
    + ["Tab", "Down", "Down", "Enter", "Esc", "Up", "Up"]
    + ["Tab", "Down", "Enter", "Esc", "Up"]
    + ["Tab", "Up", "Up", "Up", "Down", "Up"]
)

# How the script maps to the other programs (None: the key is skipped).
# dialog: Tab, Left and Right move the focus between the list and the
#   OK/Cancel buttons; Enter (open) -> End and Esc (back) -> Home, since Enter
#   and Esc would end dialog. less: Enter -> End (G: jump to the end, a full
#   repaint like opening an item), Esc -> Home (g: back to the top); Tab,
#   Left, Right have no counterpart and are skipped.
MAPPING = {
    "iom-history": {},
    "dialog": {"Enter": "End", "Esc": "Home"},
    "less": {"Enter": "End", "Esc": "Home", "Tab": None, "Left": None, "Right": None},
}
# The soak sends keys in batches; a lone ESC followed at once by the next
# key's bytes would be read as one sequence, so the app's soak uses
# Backspace, which the keymap binds to the same "back" command.
SOAK_MAPPING = {"iom-history": {"Esc": "Backspace"}}


def script_for(program, cycles, mapping=MAPPING):
    """The script for `program`, `cycles` times over: (the app's key, the
    key sent to the program) pairs, skipped keys left out."""
    table = mapping.get(program, {})
    out = []
    for _ in range(cycles):
        for key in CYCLE:
            mapped = table.get(key, key)
            if mapped is not None:
                out.append((key, mapped))
    return out
