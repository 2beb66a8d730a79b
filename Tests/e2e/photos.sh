# Photos on screen (sourced by run.sh): a content folder of the test's own
# with a photo of four colour bars (red, green, blue, white), shown as
# coloured symbols in tmux, as a sixel image in an xterm that says it takes
# them (-ti vt340), as symbols in one that does not, and as a kitty image in
# kitty; its alt text where the terminal has no colour or the file cannot be
# read; upright when a phone's EXIF says to turn it. photos.py finds the
# bars in the cells or the pixels.

source "$ROOT/Tests/e2e/photo-fixture.sh"

bars_in_cells() {
  tm capture-pane -p -e -N -t "$S" >"$WORK/cells.txt" 2>/dev/null
  python3 "$ROOT/Tests/e2e/photos.py" cells "$WORK/cells.txt" >/dev/null
}

test_photo_symbols_in_tmux() {
  make_photo_content "$WORK/photo-content" || return 1
  start_app 100 30 xterm-256color 'exec "$@" --content "'"$WORK/photo-content"'"'
  wait_ready || return 1
  # Everything the app sends from here on.
  tm pipe-pane -o -t "$S" "cat > '$WORK/sent.raw'"
  tm send-keys -t "$S" 3
  wait_for "Photo 1 of 4" || return 1
  poll bars_in_cells || { FAILURE="the bars never showed in colour"; return 1; }
  # The text beside it is all there, the picture below the text.
  shows "German emigrants board" || { FAILURE="the caption is missing"; return 1; }
  # tmux says it takes no sixel: none was sent, nor a kitty image.
  tm pipe-pane -t "$S"
  if grep -q $'\eP\|\e_G' "$WORK/sent.raw"; then
    FAILURE="a graphics sequence went to a terminal that did not ask for it"
    return 1
  fi
}

test_photo_in_eight_colours() {
  make_photo_content "$WORK/photo-content" || return 1
  # TERM=xterm has 8 colours, as the Linux console: the symbols use those.
  start_app 100 30 xterm 'exec "$@" --content "'"$WORK/photo-content"'"'
  wait_ready || return 1
  tm send-keys -t "$S" 3
  wait_for "Photo 1 of 4" || return 1
  poll bars_in_cells || { FAILURE="the bars never showed in the 8 colours"; return 1; }
  if grep -q $'\e\[[34]8;5;' "$WORK/cells.txt"; then
    FAILURE="256-colour codes went to an 8-colour terminal"
    return 1
  fi
}

test_photo_above_the_reading_text() {
  make_photo_content "$WORK/photo-content" || return 1
  start_app 80 24 xterm-256color 'exec "$@" --content "'"$WORK/photo-content"'"'
  wait_ready || return 1
  tm send-keys -t "$S" 3 Enter
  wait_for "Reading" || return 1
  poll bars_in_cells || { FAILURE="the bars never showed"; return 1; }
  local bars text
  bars=$(python3 "$ROOT/Tests/e2e/photos.py" cells "$WORK/cells.txt" | sed 's/rows \([0-9]*\).*/\1/')
  text=$(capture | grep -n "German emigrants board" | head -1 | cut -d: -f1)
  ((bars < text - 1)) || { FAILURE="the photo (row $bars) is not above the text (row $((text - 1)))"; return 1; }
}

test_photo_alt_text_without_colour() {
  make_photo_content "$WORK/photo-content" || return 1
  start_app 100 30 xterm-256color 'NO_COLOR=1 exec "$@" --content "'"$WORK/photo-content"'"'
  wait_ready || return 1
  tm send-keys -t "$S" 3
  wait_for "Photo: Four colour bars" || return 1
  tm send-keys -t "$S" L
  wait_for "Foto: Vier Farbbalken"
}

test_photo_unreadable_shows_alt_text() {
  local dir="$WORK/broken-photo"
  make_photo_content "$WORK/photo-content" || return 1
  rm -rf "$dir" && cp -r "$WORK/photo-content" "$dir"
  # Exists, so the content loads; does not decode, so its alt text stands in.
  printf 'not a PNG at all' >"$dir/photos/bars.png"
  start_app 100 30 xterm-256color 'exec "$@" --content "'"$dir"'"'
  wait_ready || return 1
  tm send-keys -t "$S" 3
  wait_for "Photo: Four colour bars" || return 1
  # And the kiosk goes on as before.
  tm send-keys -t "$S" Down
  wait_for "Photo 2 of 4"
}

test_photo_from_a_phone_stands_upright() {
  local dir="$WORK/phone-photo"
  make_photo_content "$WORK/photo-content" || return 1
  rm -rf "$dir" && cp -r "$WORK/photo-content" "$dir"
  # Stored a quarter turned back, as a phone held upright stores it, and
  # marked in EXIF to be turned a quarter clockwise (6): upright, the bars
  # stand left to right again. Shown as stored, they would lie in a column.
  convert "$dir/photos/bars.png" -rotate -90 "$dir/photos/bars.jpg" || return 1
  python3 "$ROOT/Tests/e2e/photos.py" orient "$dir/photos/bars.jpg" 6 || return 1
  sed -i 's|photos/bars.png|photos/bars.jpg|' "$dir/exhibition.yaml"
  start_app 100 30 xterm-256color 'exec "$@" --content "'"$dir"'"'
  wait_ready || return 1
  tm send-keys -t "$S" 3
  wait_for "Photo 1 of 4" || return 1
  poll bars_in_cells || { FAILURE="the phone's photo was not turned upright"; return 1; }
}

# photo_in_terminal "TERMINAL [OPTIONS]": the app straight in a real xterm
# or kitty, the exhibition's first caption shown; fails unless the bars'
# colours show in a screenshot. What the app sent is in $WORK/sent.log.
photo_in_terminal() {
  local shot="$WORK/direct.png" i found=1
  make_photo_content "$WORK/photo-content" || return 1
  direct_terminal 100 30 "$1" "$WORK/sent.log" "$BIN" --content "$WORK/photo-content" ||
    { FAILURE="no window: $DIRECT_RETRIES"; return 1; }
  [[ -z $DIRECT_RETRIES ]] || echo "# $DIRECT_RETRIES"
  direct_keys 3
  for i in $(seq 30); do
    sleep 0.3
    # A key typed while the pointer was just arriving can be lost; 3 again
    # changes nothing once the section shows.
    ((i % 10 == 0)) && direct_keys 3
    direct_shot "$shot" || continue
    convert "$shot" "$WORK/direct.ppm" 2>/dev/null || continue
    if python3 "$ROOT/Tests/e2e/photos.py" pixels "$WORK/direct.ppm" >/dev/null; then
      found=0
      break
    fi
  done
  ((found == 0)) || FAILURE="the bars' colours never showed in $1: $(direct_report)"
  direct_close
  [[ -z $FAILURE ]]
}

# sent_graphics KIND: whether the app sent an image of KIND, sixel (DCS … q)
# or kitty (APC G with a=T, an image sent and shown).
sent_graphics() {
  case $1 in
    sixel) grep -qa $'\eP[0-9;]*q' "$WORK/sent.log" ;;
    kitty) grep -qa $'\e_Ga=T' "$WORK/sent.log" ;;
  esac
}

test_photo_sixel_in_xterm() {
  # A VT340 answers that it takes sixel graphics; 256 colour registers, as
  # a modern xterm offers.
  photo_in_terminal "xterm -ti vt340 -xrm XTerm*numColorRegisters:256" || return 1
  sent_graphics sixel || { FAILURE="no sixel image was sent"; return 1; }
  ! grep -qa $'\e_G' "$WORK/sent.log" || { FAILURE="kitty graphics went to an xterm"; return 1; }
}

test_photo_symbols_in_plain_xterm() {
  # A VT420 has no sixel graphics, and says so: symbols, and no image sent.
  photo_in_terminal "xterm -ti vt420" || return 1
  if grep -qa $'\eP' "$WORK/sent.log" || grep -qa $'\e_G' "$WORK/sent.log"; then
    FAILURE="an image went to a terminal that takes none"
    return 1
  fi
}

test_photo_kitty_image_in_kitty() {
  # kitty says so in TERM and answers the protocol's query: a kitty image.
  photo_in_terminal kitty || return 1
  sent_graphics kitty || { FAILURE="no kitty image was sent"; return 1; }
  ! sent_graphics sixel || { FAILURE="a sixel image went to kitty"; return 1; }
}

if ! command -v convert >/dev/null; then
  echo "not ok - photos: ImageMagick's convert is missing (make test and .ci/run install it)"
  failed=$((failed + 1))
else
  run_test "photo: coloured symbols in tmux, no graphics sequence sent" test_photo_symbols_in_tmux
  run_test "photo: symbols in the 8 basic colours where the terminal has 8" test_photo_in_eight_colours
  run_test "photo: above the text in the reading view at 80x24" test_photo_above_the_reading_text
  run_test "photo: alt text without colour, in both languages" test_photo_alt_text_without_colour
  run_test "photo: a file that does not decode shows its alt text" test_photo_unreadable_shows_alt_text
  run_test "photo: a phone's JPEG (EXIF orientation 6) stands upright" test_photo_from_a_phone_stands_upright
  missing=$(xterm_tools_missing)
  command -v xdotool >/dev/null || missing+=" xdotool"
  command -v kitty >/dev/null || missing+=" kitty"
  if [[ -n ${missing// /} ]]; then
    echo "not ok - photos in a real xterm and kitty: missing $missing (make test and .ci/run install them)"
    failed=$((failed + 1))
  elif xterm_start_display; then
    run_test "photo: sixel image in xterm -ti vt340 (pixels checked)" test_photo_sixel_in_xterm
    run_test "photo: symbols in an xterm without sixel (pixels checked)" test_photo_symbols_in_plain_xterm
    run_test "photo: kitty image in a real kitty (pixels checked)" test_photo_kitty_image_in_kitty
    xterm_stop_display
  else
    echo "not ok - photos in a real xterm: Xvfb did not start"
    failed=$((failed + 1))
  fi
fi
