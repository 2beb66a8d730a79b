# QR codes read back from a real xterm's pixels (sourced by run.sh): the app
# runs in a tmux session (no status line) that an xterm under Xvfb shows;
# a screenshot of the display is decoded by zbarimg and must give the
# gallery's address exactly.

GALLERY="https://germany.iom.int/70-years-partnership-between-iom-and-germany-photo-gallery"
QR_DISPLAY=":$((90 + $$ % 100))"
QR_SOCKET="iom-qr-$$"
qr_count=0
qr_tm() { tmux -L "$QR_SOCKET" -f /dev/null "$@"; }

qr_tools_missing() {
  local tool missing=()
  for tool in Xvfb xterm zbarimg import; do command -v "$tool" >/dev/null || missing+=("$tool"); done
  [[ -f /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf ]] || missing+=("fonts-dejavu-core")
  echo "${missing[*]}"
}

qr_start_display() {
  Xvfb "$QR_DISPLAY" -screen 0 1400x1000x24 -nolisten tcp >/dev/null 2>&1 &
  QR_XVFB=$!
  local i
  for i in $(seq 50); do
    DISPLAY=$QR_DISPLAY xdpyinfo >/dev/null 2>&1 && return 0
    [[ -e /tmp/.X11-unix/X${QR_DISPLAY#:} ]] && return 0
    sleep 0.1
  done
  return 1
}

qr_stop_display() {
  qr_tm kill-server 2>/dev/null || true
  [[ -n ${QR_XVFB:-} ]] && kill "$QR_XVFB" 2>/dev/null || true
}

# qr_check COLS ROWS "KEYS" [APP OPTIONS]: the app at COLS x ROWS in an
# xterm, KEYS typed, then the screen must decode to the gallery's address.
qr_check() {
  local cols=$1 rows=$2 keys=$3 q="q$((++qr_count))"
  shift 3
  qr_tm new-session -d -s "$q" -x "$cols" -y "$rows" \
    "env LANG=C.UTF-8 TERM=tmux-256color SWIFT_BACKTRACE=interactive=no $BIN $*" \; set -g status off
  DISPLAY=$QR_DISPLAY xterm -geometry "${cols}x${rows}+0+0" -fa "DejaVu Sans Mono" -fs 12 \
    -bg black -fg white -e tmux -L "$QR_SOCKET" attach -t "$q" >/dev/null 2>&1 &
  local xterm_pid=$! shot="$WORK/qr-$cols-$rows-$$.png" decoded="" i
  for i in $(seq 40); do
    qr_tm capture-pane -p -t "$q" 2>/dev/null | grep -q "1 Timeline\|1 Zeitleiste" && break
    sleep 0.1
  done
  # shellcheck disable=SC2086
  [[ -n $keys ]] && qr_tm send-keys -t "$q" $keys
  for i in $(seq 30); do
    sleep 0.3
    DISPLAY=$QR_DISPLAY import -window root "$shot" 2>/dev/null || continue
    decoded=$(zbarimg --raw -q "$shot" 2>/dev/null || true)
    [[ $decoded == "$GALLERY" ]] && break
  done
  kill "$xterm_pid" 2>/dev/null || true
  qr_tm kill-session -t "$q" 2>/dev/null || true
  [[ $decoded == "$GALLERY" ]] || { FAILURE="decoded '${decoded:-nothing}' at ${cols}x${rows} after '$keys' $*"; return 1; }
}

test_qr_overlay_80x24() { qr_check 80 24 "3 Q" && qr_check 80 24 "L 3 Q"; }
test_qr_beside_caption_120x40() { qr_check 120 40 "3" && qr_check 120 40 "L 3"; }
test_qr_high_contrast() {
  qr_check 80 24 "3 Q" --theme high-contrast && qr_check 120 40 "3" --theme high-contrast
}

missing=$(qr_tools_missing)
if [[ -n $missing ]]; then
  echo "not ok - QR codes in a real xterm: missing $missing (install them; .ci/run does)"
  failed=$((failed + 1))
elif qr_start_display; then
  run_test "QR code: 80x24 overlay (Q) scans in English and German" test_qr_overlay_80x24
  run_test "QR code: beside the caption at 120x40 without a key, both languages" test_qr_beside_caption_120x40
  run_test "QR code: scans with --theme high-contrast" test_qr_high_contrast
  qr_stop_display
else
  echo "not ok - QR codes in a real xterm: Xvfb did not start on $QR_DISPLAY"
  failed=$((failed + 1))
fi
