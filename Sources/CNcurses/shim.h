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

static inline mmask_t shim_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }

// The terminfo capability, or NULL when the terminal lacks it. tigetstr
// returns (char *)-1 for "not a string capability"; fold that into NULL.
static inline const char *shim_tigetstr(const char *name) {
  char *value = tigetstr(name);
  if (value == (char *)-1) return NULL;
  return value;
}

// tiparm is variadic, which Swift cannot call: one and two parameters.
static inline const char *shim_tiparm1(const char *capability, int first) {
  return tiparm(capability, first);
}
static inline const char *shim_tiparm2(const char *capability, int first, int second) {
  return tiparm(capability, first, second);
}

#endif
