# QR codes read back from a real xterm's pixels (sourced by run.sh): a
# screenshot of the xterm is decoded by zbarimg and must give the gallery's
# address exactly.

source "$ROOT/Tests/e2e/xterm.sh"
GALLERY="https://germany.iom.int/70-years-partnership-between-iom-and-germany-photo-gallery"

# qr_check COLS ROWS "KEYS" [APP OPTIONS]: after KEYS, the screen scans.
qr_check() {
  local cols=$1 rows=$2 keys=$3 shot="$WORK/qr.png" decoded="" i
  xterm_open "$@"
  for i in $(seq 30); do
    sleep 0.3
    xterm_shot "$shot" || continue
    decoded=$(zbarimg --raw -q "$shot" 2>/dev/null || true)
    [[ $decoded == "$GALLERY" ]] && break
  done
  xterm_close
  shift 3
  [[ $decoded == "$GALLERY" ]] || { FAILURE="decoded '${decoded:-nothing}' at ${cols}x${rows} after '$keys' $*"; return 1; }
}

test_qr_overlay_80x24() { qr_check 80 24 "3 Q" && qr_check 80 24 "L 3 Q"; }
test_qr_beside_caption_120x40() { qr_check 120 40 "3" && qr_check 120 40 "L 3"; }
test_qr_high_contrast() {
  qr_check 80 24 "3 Q" --theme high-contrast && qr_check 120 40 "3" --theme high-contrast
}

missing=$(xterm_tools_missing)
if [[ -n $missing ]]; then
  echo "not ok - QR codes in a real xterm: missing $missing (make test and .ci/run install them)"
  failed=$((failed + 1))
elif xterm_start_display; then
  run_test "QR code: 80x24 overlay (Q) scans in English and German" test_qr_overlay_80x24
  run_test "QR code: beside the caption at 120x40 without a key, both languages" test_qr_beside_caption_120x40
  run_test "QR code: scans with --theme high-contrast" test_qr_high_contrast
  xterm_stop_display
else
  echo "not ok - QR codes in a real xterm: Xvfb did not start"
  failed=$((failed + 1))
fi
