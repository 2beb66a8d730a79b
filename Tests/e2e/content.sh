# End-to-end tests of the content pass (branch content): sources a visitor
# can read, the source record, and the gallery's address in the plain
# stream. Sourced by run.sh, which defines BIN, WORK, tm, start_app and the
# assertions.

GALLERY="https://germany.iom.int/70-years-partnership-between-iom-and-germany-photo-gallery"

# The dump explains the tags once at its head and shows every source in the
# reader's language, with no curator's shorthand; the gallery's address
# stands once, not under every caption.
test_dump_sources() {
  local en de
  en=$("$BIN" dump 2>&1) || { FAILURE="dump failed: ${en:0:200}"; return 1; }
  de=$("$BIN" dump --lang de 2>&1) || { FAILURE="dump --lang de failed: ${de:0:200}"; return 1; }
  [[ $(sed -n 3p <<<"$en") == "Sources: C confirmed outside IOM · I from IOM · S only IOM Germany’s page" ]] ||
    { FAILURE="no legend at the head of the dump: $(sed -n 3p <<<"$en")"; return 1; }
  [[ $(sed -n 3p <<<"$de") == "Quellen: C extern bestätigt · I von der IOM · S nur bei IOM Deutschland" ]] ||
    { FAILURE="no German legend at the head of the dump: $(sed -n 3p <<<"$de")"; return 1; }
  local shorthand
  for shorthand in "seed text" "FRUS 19" "doc 248" "correct for 2023" "not recovered"; do
    ! grep -qF "$shorthand" <<<"$en$de" || { FAILURE="curator shorthand in the dump: $shorthand"; return 1; }
  done
  grep -qF "[C] Satzung der Internationalen Organisation für Migration" <<<"$de" ||
    { FAILURE="the German dump's sources are not German"; return 1; }
  ! grep -qF "US Department of State" <<<"$de" || { FAILURE="English sources in the German dump"; return 1; }
  expect_eq "gallery addresses in the dump" 1 "$(grep -cF "$GALLERY" <<<"$en")"
}

# The shipped content has one warning only: the photo whose credit is not known.
test_validate_shipped() {
  local out
  out=$("$BIN" validate 2>&1) || { FAILURE="validate failed: $out"; return 1; }
  expect_eq "validate's lines" 2 "$(wc -l <<<"$out")" || return 1
  grep -qF "captions[3].credit: no credit line" <<<"$out" || { FAILURE="unexpected warning: $out"; return 1; }
  grep -qF "content OK: 4 eras, 21 events, 8 areas, 4 captions (1 warning)" <<<"$out" ||
    { FAILURE="unexpected summary: $out"; return 1; }
}

# A curator's folder keeps its own source record: a source it does not list
# is refused at its place.
test_validate_source_record() {
  local dir="$WORK/curator"
  mkdir -p "$dir"
  cp "$ROOT"/Resources/*.yaml "$ROOT/Resources/SOURCES.md" "$dir/"
  sed -i 's/^### marks-1957$/### marks-1958/' "$dir/SOURCES.md"
  local out status=0
  out=$("$BIN" validate "$dir" 2>&1) || status=$?
  expect_eq "exit status" 65 "$status" || return 1
  grep -qF "timeline.yaml:" <<<"$out" && grep -qF "\`marks-1957\` has no entry in SOURCES.md" <<<"$out" ||
    { FAILURE="the missing entry was not named: $out"; return 1; }
  rm "$dir/SOURCES.md"
  out=$("$BIN" validate "$dir" 2>&1) || true
  grep -qF "SOURCES.md: is missing" <<<"$out" || { FAILURE="a missing record was not named: $out"; return 1; }
}

# In the plain stream the address is never broken inside the word: at 80
# columns it stands whole on a line of its own (the terminal may fold it).
test_plain_gallery_whole() {
  start_app 80 24 xterm-256color 'exec "$@" --plain'
  wait_for "Event 1 of 22" || return 1
  tm send-keys -t "$S" 3
  wait_for "Photo 1 of 4" || return 1
  tm send-keys -t "$S" Enter
  wait_scrollback "Online gallery:" || return 1
  poll joined_line_is "$GALLERY" ||
    { FAILURE="the address is broken: $(tm capture-pane -p -J -S - -t "$S" | grep -F 'germany.iom.int/70')"; return 1; }
}
joined_line_is() { tm capture-pane -p -J -S - -t "$S" 2>/dev/null | grep -qxF -- "$1"; }

run_test "dump: the tags explained, sources in the reader's language" test_dump_sources
run_test "validate: only the known missing credit" test_validate_shipped
run_test "validate: every source has an entry in SOURCES.md" test_validate_source_record
run_test "--plain: the gallery address is never broken inside the word" test_plain_gallery_whole
