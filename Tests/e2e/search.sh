# End-to-end tests of the search (sourced by run.sh): the real binary in tmux.

test_search_english() {
  start_app 80 24
  wait_ready || return 1
  tm send-keys -t "$S" 3 /
  wait_for "Type a word, a name or a year" || return 1
  tm send-keys -t "$S" -l "herat"
  wait_for "Search · " || return 1
  wait_for " / herat" || return 1
  tm send-keys -t "$S" Enter
  wait_row 0 "Reading ›" || return 1
  wait_row 23 "n Next match" || return 1
  # Back to the results, then back to exactly where the visitor was.
  tm send-keys -t "$S" Escape
  wait_for " / herat" || return 1
  tm send-keys -t "$S" Escape
  wait_gone " / herat" || return 1
  wait_row 0 "Photo exhibition ›" || return 1
  wait_for "1 Timeline" || return 1
}

test_search_german() {
  start_app 80 24
  wait_ready || return 1
  tm send-keys -t "$S" L /
  wait_for "Geben Sie ein Wort" || return 1
  tm send-keys -t "$S" -l "Flüchtlinge"
  wait_for "Suche · 3 gefunden" || return 1
  # The same without umlauts.
  for _ in $(seq 11); do tm send-keys -t "$S" BSpace; done
  wait_for "Geben Sie ein Wort" || return 1
  tm send-keys -t "$S" -l "fluechtlinge"
  wait_for "Suche · 3 gefunden" || return 1
  wait_for "Virtual Counselling" || return 1
}

test_search_year() {
  start_app 80 24
  wait_ready || return 1
  tm send-keys -t "$S" / && tm send-keys -t "$S" -l "1989"
  wait_for "Timeline · 1989" || return 1
  tm send-keys -t "$S" Down Enter
  wait_for "14 November 1989" || return 1
}

test_search_nothing_found() {
  start_app 80 24
  wait_ready || return 1
  tm send-keys -t "$S" / && tm send-keys -t "$S" -l "xylophone"
  wait_for "Nothing found for “xylophone”." || return 1
  wait_for "or a year such as 1989" || return 1
}

test_search_kiosk_lockdown() {
  start_kiosk
  wait_kiosk_ready || return 1
  tm send-keys -t "$S" /
  wait_for "Type a word" || return 1
  # Keys that quit, suspend or escape elsewhere are text or nothing here.
  tm send-keys -t "$S" q C-c C-z 'C-\' F10 C-d
  tm send-keys -t "$S" -l "y"
  wait_for " / qy" || return 1
  hides "EXIT=" || { FAILURE="the kiosk ended"; return 1; }
  hides "Quit?" || { FAILURE="a key in the search line asked to quit"; return 1; }
  # Nobody there: the idle reset clears the search.
  wait_for "Press any key to explore" || return 1
  tm send-keys -t "$S" x
  wait_kiosk_ready || return 1
  hides " / qy" || { FAILURE="the search survived the idle reset"; return 1; }
  # The log says a search happened, never what was typed.
  grep -q "search opened" "$WORK/$S.log" || { FAILURE="no search in the log: $(kiosk_log)"; return 1; }
  if grep -q "qy" "$WORK/$S.log"; then FAILURE="the typed words reached the log"; return 1; fi
}

test_search_plain() {
  start_app 100 30 xterm-256color 'exec "$@" --plain'
  wait_for "Event 1 of 22: IOM and Germany: the story at a glance" || return 1
  tm send-keys -t "$S" /
  wait_scrollback "Type a word, a name or a year" || return 1
  tm send-keys -t "$S" -l "herat"
  wait_scrollback "found" || return 1
  tm send-keys -t "$S" Down
  wait_scrollback "1/" || return 1
}

run_test "search: / herat, Enter reads it, Esc twice returns to the place" test_search_english
run_test "search: German, with and without umlauts" test_search_german
run_test "search: a year finds the items dated then" test_search_year
run_test "search: nothing found says what to try" test_search_nothing_found
run_test "search: kiosk keys are text in the line; idle reset clears; log has no words" test_search_kiosk_lockdown
run_test "search: --plain announces the count and the results" test_search_plain

test_search_command() {
  local out status=0
  out=$("$BIN" search fluechtlinge --lang de) || { FAILURE="search fluechtlinge failed: $out"; return 1; }
  grep -qF "Zeitleiste · 2019 Virtual Counselling" <<<"$out" || { FAILURE="search said: ${out:0:300}"; return 1; }
  out=$("$BIN" search xylophone) || status=$?
  expect_eq "exit status when nothing matches" 1 "$status" || return 1
  grep -qF "Nothing found" <<<"$out" || { FAILURE="search said: $out"; return 1; }
  status=0
  "$BIN" search >/dev/null 2>&1 || status=$?
  expect_eq "exit status without words" 64 "$status"
}
run_test "search WORDS: plain results for scripts, exit 1 when none, 64 without words" test_search_command
