# iom-history stats on logs the real kiosk wrote (sourced by run.sh).

test_stats_from_a_kiosk_log() {
  local log="$WORK/stats.log" out
  start_app 100 30 xterm-256color \
    'exec "$@" --kiosk --idle 6 --attract-step 60 --log "'"$log"'"'
  wait_kiosk_ready || return 1
  # A visitor: the exhibition, a photo read, a search, German.
  tm send-keys -t "$S" 3 Enter
  wait_row 0 "Reading ›" || return 1
  # (Esc and the next key apart: together a terminal sends them as Alt+key.)
  tm send-keys -t "$S" Escape
  wait_row_gone 0 "Reading ›" || return 1
  tm send-keys -t "$S" /
  wait_for "Type a word" || return 1
  tm send-keys -t "$S" Escape
  wait_gone "Type a word" || return 1
  tm send-keys -t "$S" L
  wait_row 29 "L English" || return 1
  # Then nobody: the idle reset ends the visit.
  wait_for "Press any key to explore" || return 1
  grep -q "item opened: photo exhibition/" "$log" || { FAILURE="no item in the log: $(cat "$log")"; return 1; }
  # A rotated file and a damaged line are read too.
  printf '2026-11-30T10:00:00Z attract loop ended by a key\ngarbage\n2026-11-30T10:01:00Z idle reset: attract loop started\n' >"$log.1"
  out=$("$BIN" stats "$log" "$log.1") || { FAILURE="stats failed: $out"; return 1; }
  grep -qF "Visits: 2" <<<"$out" || { FAILURE="stats said: $out"; return 1; }
  grep -qF "In German: 50 % of visits" <<<"$out" || { FAILURE="stats said: $out"; return 1; }
  grep -qF "Searches: 1" <<<"$out" || { FAILURE="stats said: $out"; return 1; }
  grep -qF "Lines skipped (damaged or foreign): 1" <<<"$out" || { FAILURE="stats said: $out"; return 1; }
  out=$("$BIN" stats --json --since 2026-12-01 "$log" "$log.1") || { FAILURE="stats --json failed"; return 1; }
  grep -qF '"visits": 1' <<<"$out" || { FAILURE="stats --json --since said: $out"; return 1; }
  local status=0
  "$BIN" stats "$WORK/no-such.log" >/dev/null 2>&1 || status=$?
  expect_eq "exit status for a log that cannot be read" 66 "$status"
}
run_test "stats: visits, German share, searches and damaged lines from real and rotated logs" test_stats_from_a_kiosk_log
