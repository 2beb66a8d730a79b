#!/usr/bin/env bash
# Screenshots of the release binary in a real xterm under Xvfb, for the
# README: `make screenshots` writes docs/screenshots/NAME-COLSxROWS.png anew.
# Run it when screens change, and commit the PNGs.
#
#   docs/make-screenshots.sh [DIR]   # into DIR instead (the tests use a temporary one)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${BIN:-$ROOT/.build/release/iom-history}"
OUT="${1:-$ROOT/docs/screenshots}"
WORK="$(mktemp -d)"
source "$ROOT/Tests/e2e/xterm.sh"
trap 'xterm_stop_display; rm -rf "$WORK"' EXIT

missing=$(xterm_tools_missing)
[[ -z $missing ]] || { echo "make-screenshots: install $missing" >&2; exit 2; }
xterm_start_display || { echo "make-screenshots: Xvfb did not start" >&2; exit 1; }
mkdir -p "$OUT"

# retry COMMAND...: COMMAND until it succeeds, 20 times at most, 0.25 s apart.
retry() {
  local i
  for i in $(seq 20); do
    "$@" && return 0
    sleep 0.25
  done
  echo "make-screenshots: failed: $*" >&2
  return 1
}

# shot NAME COLS ROWS "KEYS" WAIT [APP OPTIONS]: WAIT seconds after the keys.
shot() {
  local name=$1 cols=$2 rows=$3 keys=$4 wait=$5
  shift 5
  xterm_open "$cols" "$rows" "$keys" "$@"
  sleep "$wait"
  # A loaded machine may map the window late: try again for a few seconds.
  retry xterm_shot "$OUT/$name.png"
  xterm_close
  echo "$OUT/$name.png"
}

shot timeline-80x24 80 24 "" 1
shot side-by-side-160x50 160 50 "Down Down" 1
shot reading-80x24 80 24 "Down Enter" 1
shot german-work-80x24 80 24 "L 2 Down" 1
shot high-contrast-80x24 80 24 "" 1 --theme high-contrast
shot search-80x24 80 24 "/ g e r m a n y" 1
shot qr-code-80x24 80 24 "3 Q" 1
shot attract-loop-100x30 100 30 "" 3 --kiosk --idle 1 --attract-step 60

# A photo, from a content folder the script makes with a test image of four
# colour bars (the built-in content ships no photos): as symbols through tmux,
# which takes no sixel, and as a sixel image in an xterm that does (-ti vt340),
# where the app runs without tmux between, typed into with xdotool.
source "$ROOT/Tests/e2e/photo-fixture.sh"
command -v xdotool >/dev/null || { echo "make-screenshots: install xdotool" >&2; exit 2; }
make_photo_content "$WORK/photo-content"
shot photo-symbols-100x30 100 30 "3" 2 --content "$WORK/photo-content"

# sixel_shot FILE: the exhibition's first caption and its photo, as sixel.
sixel_shot() {
  local made=1
  if direct_terminal 100 30 "xterm -ti vt340 -xrm XTerm*numColorRegisters:256" "$WORK/sent.log" \
    "$BIN" --content "$WORK/photo-content"; then
    retry direct_keys 3 && sleep 2 && retry direct_shot "$1" && made=0
  fi
  [[ -z $DIRECT_RETRIES ]] || echo "make-screenshots: $DIRECT_RETRIES" >&2
  ((made == 0)) || echo "make-screenshots: no sixel screenshot: $(direct_report)" >&2
  direct_close
  return "$made"
}

# The one shot that has failed in CI, its cause not seen: it says what
# became of the xterm, and has two more tries.
for attempt in 1 2 3; do
  sixel_shot "$OUT/photo-sixel-100x30.png" && break
  ((attempt < 3)) || exit 1
done
echo "$OUT/photo-sixel-100x30.png"
