# End-to-end tests of the time axis while searching (sourced by run.sh): the
# marks are read off the real binary's screen in tmux.

# The columns (from 0) of CHAR in a line of text, one per line.
columns_of() { # CHAR LINE
  python3 -c 'import sys
for i, c in enumerate(sys.argv[2]):
    if c == sys.argv[1]: print(i)' "$1" "$2"
}

# The column a year's tick stands at, from its label on the axis's year row
# ("1960" is written from one column before its tick).
tick_of() { # YEAR LINE
  python3 -c 'import sys; i = sys.argv[2].find(sys.argv[1]); print(i + 1 if i >= 0 else -1)' "$1" "$2"
}

test_search_axis_span() {
  start_app 80 24
  wait_ready || return 1
  tm send-keys -t "$S" / && tm send-keys -t "$S" -l "1951-1954"
  wait_for "Search · 8 found" || return 1
  # The axis below the results, above the search line (rows 17 to 21).
  wait_row 17 "Time axis 1951–2024 · ▲ found" || return 1
  wait_row 22 " / 1951-1954" || return 1
  local years track marks
  years=$(row 18) track=$(row 19) marks=$(row 20)
  local found
  found=$(columns_of "▲" "$marks")
  [[ -n $found ]] || { FAILURE="no mark on the axis: '$marks'"; return 1; }
  # Each mark stands under an event, left of the 1960 tick and right of the
  # axis's start (1951 at column 2).
  local tick1960 column
  tick1960=$(tick_of 1960 "$years")
  ((tick1960 > 2)) || { FAILURE="no 1960 on the year row: '$years'"; return 1; }
  for column in $found; do
    ((column >= 2 && column < tick1960)) || { FAILURE="mark at column $column, outside 1951-1954: '$marks'"; return 1; }
    grep -qx "$column" <<<"$(columns_of "●" "$track")" || { FAILURE="mark at column $column under no event: '$track'"; return 1; }
  done
  # Every event before 1955 (its columns left of the first gap after 1954)
  # is marked: the events of 1951-1954 sit in one run at the axis's start.
  local run
  run=$(python3 -c 'import sys
t = sys.argv[1]; i = 3
while t[i] == "●": i += 1
print(" ".join(str(c) for c in range(3, i)))' "$track")
  expect_eq "marked columns" "$run" "$(echo $found)" || return 1
  # Esc returns to exactly where the visitor was.
  tm send-keys -t "$S" Escape
  wait_gone " / 1951-1954" || return 1
  wait_row 0 "Timeline › At a glance" || return 1
  wait_for "1 Timeline" || return 1
}

test_search_axis_year() {
  start_app 120 40
  wait_ready || return 1
  tm send-keys -t "$S" L / && tm send-keys -t "$S" -l "1989"
  wait_for "Suche · 1 gefunden" || return 1
  wait_for "Zeitachse 1951–2024 · ▲ gefunden" || return 1
  # One mark, after the 1980 tick and up to the 1990 one (November 1989
  # shares its column at this width), under the event of 1989.
  local lines axis years track marks found
  lines=$(capture)
  axis=$(grep -n "Zeitachse 1951" <<<"$lines" | cut -d: -f1)
  years=$(sed -n "$((axis + 1))p" <<<"$lines")
  track=$(sed -n "$((axis + 2))p" <<<"$lines")
  marks=$(sed -n "$((axis + 3))p" <<<"$lines")
  found=$(columns_of "▲" "$marks")
  expect_eq "marks for 1989" 1 "$(wc -l <<<"$found")" || return 1
  ((found > $(tick_of 1980 "$years") && found <= $(tick_of 1990 "$years"))) ||
    { FAILURE="mark at $found, not between 1980 and 1990: '$marks'"; return 1; }
  grep -qx "$found" <<<"$(columns_of "●" "$track")" || { FAILURE="mark under no event: '$track'"; return 1; }
}

# No UTF-8 locale (as test_ascii_only): the marks are ^, the screen all ASCII.
test_search_axis_ascii() {
  start_app 80 24 xterm-256color 'LANG=C LC_ALL=C IOM_HISTORY_LOCALE=xx_XX.UTF-8 exec "$@"'
  wait_for "1 Timeline" || return 1
  tm send-keys -t "$S" / && tm send-keys -t "$S" -l "1951-1954"
  wait_for "Search - 8 found" || return 1
  wait_row 17 "Time axis 1951-2024 - ^ found" || return 1
  local marks
  marks=$(row 20)
  expect_eq "ASCII marks" "|  ^^^^" "${marks:0:7}" || return 1
  ! capture | LC_ALL=C grep -q '[^ -~]' || { FAILURE="non-ASCII bytes on an ASCII terminal"; return 1; }
}

run_test "search axis: /1951-1954 marks the events of those years, Esc keeps the place" test_search_axis_span
run_test "search axis: German, /1989 marks one event between 1980 and 1990 (120x40)" test_search_axis_year
run_test "search axis: ASCII-only terminal marks with ^" test_search_axis_ascii
