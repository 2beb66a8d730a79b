// A thin window onto ncursesw for Swift.
//
// NCURSES_WIDECHAR must be defined here, before <ncurses.h>: SwiftPM drops the
// -D flags pkg-config returns, and without it the wide-character API
// (wget_wch, setcchar, cchar_t) is invisible to Swift.
#ifndef IOM_HISTORY_CNCURSES_SHIM_H
#define IOM_HISTORY_CNCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncurses.h>
#include <term.h>
#include <wchar.h>

// Swift 6 rejects ncurses' global variables and macros as not
// concurrency-safe or not importable; these getters stand in for them.
static inline WINDOW *shim_stdscr(void) { return stdscr; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_cols(void) { return COLS; }
static inline int shim_colors(void) { return COLORS; }
static inline int shim_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t shim_a_normal(void) { return A_NORMAL; }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_dim(void) { return A_DIM; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }

static inline chtype shim_color_pair(short pair) { return COLOR_PAIR(pair); }

static inline int shim_key_code_yes(void) { return KEY_CODE_YES; }

static inline mmask_t shim_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t shim_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t shim_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t shim_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t shim_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t shim_button5_pressed(void) { return BUTTON5_PRESSED; }

// The terminfo capability, or NULL when the terminal lacks it. tigetstr
// returns (char *)-1 for "not a string capability"; fold that into NULL.
static inline const char *shim_tigetstr(const char *name) {
  char *value = tigetstr(name);
  if (value == (char *)-1) return NULL;
  return value;
}

// Draws one grapheme (up to a few scalars, NUL-terminated) at row, col.
static inline int shim_put_cell(WINDOW *win, int row, int col, const wchar_t *text, attr_t attrs,
                                short pair) {
  cchar_t cell;
  if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
  return mvwadd_wch(win, row, col, &cell);
}

// The curses look of one style: a cell holding a blank with the style's
// attributes and colour pair, made by setcchar once per change of style.
static inline int shim_make_look(cchar_t *look, attr_t attrs, short pair) {
  const wchar_t blank[2] = {L' ', 0};
  return setcchar(look, blank, attrs, pair, NULL);
}

// Draws one character of a single scalar (nearly every cell) at row, col in
// a look from shim_make_look. The cell is the look with its character
// replaced: exactly what setcchar makes of that character, attributes and
// pair (it zeroes the cell, sets both, then copies the character in), without
// setcchar's work on every cell. The move is left out when the window's
// cursor is already there (the cell right after the one drawn before): it
// would change nothing that drawing a character reads. ch must not be 0
// (setcchar makes an empty cell of an empty string).
static inline int shim_put_char(WINDOW *win, int row, int col, wchar_t ch, const cchar_t *look) {
  cchar_t cell = *look;
  cell.chars[0] = ch;
  if ((getcury(win) != row || getcurx(win) != col) && wmove(win, row, col) == ERR) return ERR;
  return wadd_wch(win, &cell);
}

#endif
