// ncurses' terminfo level for Swift: setupterm, tigetstr, tigetnum,
// tigetflag, tiparm and tputs, as ncurses documents them (curs_terminfo(3X)).
// The screen is drawn by TerminalKit's own writer, not by curses.
#ifndef IOM_HISTORY_CTERMINFO_SHIM_H
#define IOM_HISTORY_CTERMINFO_SHIM_H

#include <curses.h>
#include <term.h>

// The capability, or NULL when the terminal lacks it. tigetstr returns
// (char *)-1 for "not a string capability"; fold that into NULL.
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
