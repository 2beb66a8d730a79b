# The tour as an asciicast v2 recording (sourced by run.sh).

test_tour_recording() {
  local cast="$WORK/tour.cast" out
  "$BIN" demo --record "$cast" --size 90x28 --step 0.05 || { FAILURE="demo --record failed"; return 1; }
  out=$(python3 "$ROOT/Tests/e2e/recording.py" "$cast" 90 28 2>&1) || { FAILURE="$out"; return 1; }
  grep -qF "Stop 1 of" <<<"$(asciinema cat "$cast" 2>&1)" || { FAILURE="asciinema cat did not play it"; return 1; }
  local status=0
  "$BIN" demo --size 90x28 >/dev/null 2>&1 || status=$?
  expect_eq "exit status of --size without --record" 64 "$status" || return 1
  status=0
  "$BIN" demo --record /nonexistent/dir/tour.cast >/dev/null 2>&1 || status=$?
  expect_eq "exit status when the file cannot be made" 73 "$status"
}

if command -v asciinema >/dev/null; then
  run_test "demo --record: asciicast v2 that asciinema plays, ending on the tour's last stop" test_tour_recording
else
  echo "not ok - demo --record: asciinema is not installed (make test and .ci/run install it with pip)"
  failed=$((failed + 1))
fi
