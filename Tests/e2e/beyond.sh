# --record for an interactive session (sourced by run.sh): the visitor's
# session written as asciicast v2 while it runs.

# Browses at 80x24, grows the window to 100x30, quits: the file is asciicast
# v2 with an "r" event, asciinema plays it, and its last screen is the one the
# session showed last (the quit question over the reading view).
test_session_recording() {
  local cast="$WORK/session.cast" out
  start_app 80 24 xterm-256color "exec \"\$@\" --record $cast"
  wait_ready || return 1
  tm send-keys -t "$S" Down
  wait_row 0 "Brussels conference" || return 1
  tm send-keys -t "$S" Enter
  wait_row 0 "Reading ›" || return 1
  tm resize-window -t "$S" -x 100 -y 30
  wait_row 29 "Esc Back" || return 1
  tm send-keys -t "$S" q
  wait_for "Quit? (y/n)" || return 1
  capture >"$WORK/session.screen"
  tm send-keys -t "$S" y
  wait_exit 0 || return 1
  out=$(python3 "$ROOT/Tests/e2e/session_recording.py" "$cast" 80 24 "$WORK/session.screen" 100x30 2>&1) ||
    { FAILURE="$out"; return 1; }
  grep -qF "Quit? (y/n)" <<<"$(asciinema cat "$cast" 2>&1)" || { FAILURE="asciinema cat did not play it"; return 1; }
}

# The plain stream is recorded with the "\r\n" the terminal shows.
test_plain_session_recording() {
  local cast="$WORK/plain.cast"
  start_app 80 24 xterm-256color "exec \"\$@\" --plain --record $cast"
  wait_for "Event 1 of 22" || return 1
  tm send-keys -t "$S" Down
  wait_for "Event 2 of 22" || return 1
  tm send-keys -t "$S" q
  wait_for "Quit? (y/n)" || return 1
  tm send-keys -t "$S" y
  wait_exit 0 || return 1
  local text
  text=$(asciinema cat "$cast" 2>&1) || { FAILURE="asciinema cat refused it: ${text:0:200}"; return 1; }
  grep -qF "Event 2 of 22" <<<"$text" || { FAILURE="the second announcement is not recorded"; return 1; }
  grep -qF '\r\n' "$cast" || { FAILURE="no \\r\\n in the recording"; return 1; }
}

# A full disk (a file size limit here) ends the recording, not the session:
# the kiosk keeps answering keys, says why on standard error once the terminal
# is restored, exits 74, and the file still parses up to its last whole event.
test_recording_full_disk() {
  local cast="$WORK/full.cast" out
  # 16 blocks of 512 bytes: the first frame fits, a few keys later nothing does.
  start_app 80 24 xterm-256color "ulimit -f 16; exec \"\$@\" --record $cast"
  wait_ready || return 1
  local key
  for key in 2 3 1 2 3 1; do
    tm send-keys -t "$S" "$key"
    case $key in
      1) wait_row 0 "Timeline ›" ;;
      2) wait_row 0 "Work areas ›" ;;
      3) wait_row 0 "Photo exhibition" ;;
    esac || return 1
  done
  tm send-keys -t "$S" q
  wait_for "Quit? (y/n)" || return 1
  tm send-keys -t "$S" y
  wait_exit 74 || return 1
  wait_scrollback "--record '$cast': stopped after" || return 1
  out=$(python3 -c '
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
assert json.loads(lines[0])["version"] == 2
for line in lines[1:]:
    assert len(json.loads(line)) == 3
print(len(lines) - 1)' "$cast" 2>&1) || { FAILURE="the cut recording does not parse: $out"; return 1; }
  ((out >= 1)) || { FAILURE="not even the first frame was kept"; return 1; }
  (($(stat -c %s "$cast") <= 8192)) || { FAILURE="the file is larger than the limit"; return 1; }
}

# Refused before the terminal is taken: kiosk mode (no visitor is recorded),
# a file that cannot be made, a FIFO (which must not hang the start).
test_recording_refusals() {
  local status=0 err
  err=$("$BIN" --kiosk --record "$WORK/kiosk.cast" 2>&1 </dev/null) || status=$?
  expect_eq "exit status of --kiosk --record" 64 "$status" || return 1
  [[ $err == *"no visitor is recorded"* ]] || { FAILURE="kiosk refusal: $err"; return 1; }
  [[ ! -e $WORK/kiosk.cast ]] || { FAILURE="kiosk mode made the file"; return 1; }
  status=0
  err=$("$BIN" --record /nonexistent/dir/s.cast 2>&1 </dev/null) || status=$?
  expect_eq "exit status when the file cannot be made" 73 "$status" || return 1
  [[ $err == *"--record '/nonexistent/dir/s.cast': No such file or directory"* ]] ||
    { FAILURE="message: $err"; return 1; }
  mkfifo "$WORK/fifo"
  status=0
  err=$(timeout 5 "$BIN" --record "$WORK/fifo" 2>&1 </dev/null) || status=$?
  expect_eq "exit status for a FIFO" 73 "$status" || return 1
  [[ $err == *"is not a regular file"* ]] || { FAILURE="message: $err"; return 1; }
}

if command -v asciinema >/dev/null; then
  run_test "--record: a visit at 80x24, resized, as asciicast v2 ending on its last screen" test_session_recording
  run_test "--record --plain: the text stream as asciicast v2" test_plain_session_recording
else
  echo "not ok - --record: asciinema is not installed (make test and .ci/run install it with pip)"
  failed=$((failed + 1))
fi
run_test "--record: a full disk stops the recording, not the kiosk; exit 74" test_recording_full_disk
run_test "--record: refused in kiosk mode (64), for an unmakeable file or a FIFO (73)" test_recording_refusals

# make screenshots, into a temporary folder: every screen the README shows is
# made again, at its size in pixels (DejaVu Sans Mono 12 in xterm: cells of
# 10x20 pixels and a border of 2), and shows something; the committed
# docs/screenshots/ stay as they are.
test_screenshots() {
  local shots="$WORK/screenshots" before out committed name size cols rows got colours mean made=0
  before=$(cd "$ROOT/docs/screenshots" && ls -l --time-style=+%s . && sha256sum ./*.png)
  out=$(BIN="$BIN" bash "$ROOT/docs/make-screenshots.sh" "$shots" 2>&1) ||
    { FAILURE="make-screenshots.sh failed: $(grep -v '\.png$' <<<"$out" | tail -c 1200)"; return 1; }
  # A shot that needed another try says why: in the log, though it passed.
  grep -E "^(make-screenshots|xterm_open): " <<<"$out" | sed 's/^/# /' || true
  [[ $before == "$(cd "$ROOT/docs/screenshots" && ls -l --time-style=+%s . && sha256sum ./*.png)" ]] ||
    { FAILURE="docs/screenshots/ was touched"; return 1; }
  for committed in "$ROOT"/docs/screenshots/*.png; do
    name=$(basename "$committed" .png)
    [[ -s $shots/$name.png ]] || { FAILURE="$name.png was not made"; return 1; }
    size=${name##*-} cols=${size%x*} rows=${size#*x}
    got=$(identify -format '%wx%h' "$shots/$name.png")
    expect_eq "$name.png in pixels" "$((cols * 10 + 4))x$((rows * 20 + 4))" "$got" || return 1
    # Blank would be one colour, black: a screen has text in several.
    colours=$(identify -format '%k' "$shots/$name.png")
    mean=$(convert "$shots/$name.png" -colorspace gray -format '%[fx:int(1000*mean)]' info:)
    ((colours >= 16 && mean >= 20)) ||
      { FAILURE="$name.png looks blank: $colours colours, mean grey $mean/1000"; return 1; }
    made=$((made + 1))
  done
  expect_eq "screenshots made" "$(ls "$ROOT"/docs/screenshots/*.png | wc -l)" "$(ls "$shots"/*.png | wc -l)" || return 1
  ((made >= 8)) || { FAILURE="only $made screenshots in docs/screenshots"; return 1; }
}

declare -F xterm_tools_missing >/dev/null || source "$ROOT/Tests/e2e/xterm.sh"
if [[ -z $(xterm_tools_missing) ]]; then
  run_test "make screenshots into a temporary folder: every PNG at its size, none blank" test_screenshots
else
  echo "not ok - make screenshots: install $(xterm_tools_missing) (make test and .ci/run install them)"
  failed=$((failed + 1))
fi
