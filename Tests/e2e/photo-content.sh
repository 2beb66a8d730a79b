# End-to-end tests of the photo fields (branch photo-content): a curator's
# folder with a photo, which validate decodes and names, dump lists with
# its alt text, and the plain stream describes. Sourced by run.sh, which
# defines BIN, WORK, tm, start_app and the assertions.

# A copy of the shipped content in $WORK/photos-content, with a 60x40 red
# PNG (made by ImageMagick) on the caption virtual-counselling-call.
make_photo_folder() {
  PHOTO_DIR="$WORK/photos-content"
  rm -rf "$PHOTO_DIR"
  mkdir -p "$PHOTO_DIR/photos"
  cp "$ROOT"/Resources/*.yaml "$ROOT/Resources/SOURCES.md" "$PHOTO_DIR/"
  convert -size 60x40 xc:red "$PHOTO_DIR/photos/call.png" ||
    { FAILURE="ImageMagick could not make the test photo"; return 1; }
  sed -i 's/^  - id: virtual-counselling-call$/&\n    image: photos\/call.png\n    alt: {en: "A red test square", de: "Ein rotes Testquadrat"}/' \
    "$PHOTO_DIR/exhibition.yaml"
  grep -qF "image: photos/call.png" "$PHOTO_DIR/exhibition.yaml" ||
    { FAILURE="the caption's anchor is no longer in exhibition.yaml"; return 1; }
}

# The line of the image field, as validate names it.
image_line() { grep -n "image: photos/call.png" "$PHOTO_DIR/exhibition.yaml" | cut -d: -f1; }

test_validate_names_the_photo() {
  command -v convert >/dev/null || { skipped=$((skipped + 1)); echo "# skipped: no ImageMagick"; return 0; }
  make_photo_folder || return 1
  local out
  out=$("$BIN" validate "$PHOTO_DIR" 2>&1) || { FAILURE="validate failed: $out"; return 1; }
  grep -qxF "photo photos/call.png: 60x40 pixels ($PHOTO_DIR/exhibition.yaml:$(image_line), captions[1].image)" <<<"$out" ||
    { FAILURE="the photo was not listed with its size: $out"; return 1; }
  grep -qF "content OK: 4 eras, 21 events, 8 areas, 4 captions (1 warning); 1 photo, readable" <<<"$out" ||
    { FAILURE="unexpected summary: $out"; return 1; }
}

test_validate_refuses_a_corrupt_photo() {
  command -v convert >/dev/null || { skipped=$((skipped + 1)); echo "# skipped: no ImageMagick"; return 0; }
  make_photo_folder || return 1
  # A PNG cut short: its header is whole, its data is not.
  head -c 60 "$PHOTO_DIR/photos/call.png" >"$PHOTO_DIR/photos/cut.png"
  mv "$PHOTO_DIR/photos/cut.png" "$PHOTO_DIR/photos/call.png"
  local out status=0
  out=$("$BIN" validate "$PHOTO_DIR" 2>&1) || status=$?
  expect_eq "exit status" 65 "$status" || return 1
  grep -qxF "$PHOTO_DIR/exhibition.yaml:$(image_line):12: captions[1].image: photos/call.png: the PNG data ends too early" <<<"$out" ||
    { FAILURE="the photo's problem was not named at its field: $out"; return 1; }
  # Not a picture at all, whatever its name says.
  echo "just text" >"$PHOTO_DIR/photos/call.png"
  out=$("$BIN" validate "$PHOTO_DIR" 2>&1) || true
  grep -qF "captions[1].image: photos/call.png: not a PNG or JPEG file" <<<"$out" ||
    { FAILURE="a text file passed as a photo: $out"; return 1; }
  # The kiosk itself does not decode at start: it only refuses what it can
  # see cheaply, such as a photo that is missing.
  rm "$PHOTO_DIR/photos/call.png"
  out=$("$BIN" dump --content "$PHOTO_DIR" 2>&1) && { FAILURE="dump took a missing photo"; return 1; }
  grep -qF "captions[1].image: \`photos/call.png\` is not in the content folder" <<<"$out" ||
    { FAILURE="the missing photo was not named: $out"; return 1; }
}

test_dump_shows_the_photo() {
  command -v convert >/dev/null || { skipped=$((skipped + 1)); echo "# skipped: no ImageMagick"; return 0; }
  make_photo_folder || return 1
  local en de
  en=$("$BIN" dump --content "$PHOTO_DIR" 2>&1) || { FAILURE="dump failed: ${en:0:200}"; return 1; }
  de=$("$BIN" dump --content "$PHOTO_DIR" --lang de 2>&1) || { FAILURE="dump --lang de failed"; return 1; }
  grep -qxF "Photo (photos/call.png): A red test square" <<<"$en" ||
    { FAILURE="the dump does not name the photo and its alt text"; return 1; }
  grep -qxF "Foto (photos/call.png): Ein rotes Testquadrat" <<<"$de" ||
    { FAILURE="the German dump does not name the photo and its alt text"; return 1; }
  expect_eq "photos in the dump" 1 "$(grep -c "photos/call.png" <<<"$en")"
}

test_plain_says_the_alt_text() {
  command -v convert >/dev/null || { skipped=$((skipped + 1)); echo "# skipped: no ImageMagick"; return 0; }
  make_photo_folder || return 1
  start_app 100 30 xterm-256color "exec \"\$@\" --plain --content $PHOTO_DIR"
  wait_for "Event 1 of 22" || return 1
  tm send-keys -t "$S" 3
  wait_for "Photo 1 of 4" || return 1
  tm send-keys -t "$S" Down
  wait_for "Photo 2 of 4" || return 1
  tm send-keys -t "$S" Enter
  wait_for "Photo: A red test square" || return 1
  tm send-keys -t "$S" L
  wait_for "Foto: Ein rotes Testquadrat"
}

run_test "photo-content: validate decodes a curator's photo and names its size" test_validate_names_the_photo
run_test "photo-content: validate names a corrupt photo by file, line and field" test_validate_refuses_a_corrupt_photo
run_test "photo-content: dump names the photo and its alt text" test_dump_shows_the_photo
run_test "photo-content: --plain says the photo's alt text" test_plain_says_the_alt_text
