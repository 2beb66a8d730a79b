# End-to-end tests of content validation (branch yaml-path), sourced by run.sh.

# A copy of the shipped content in a folder of its own, readable by anyone.
yaml_path_content_copy() {
  local dir
  dir=$(mktemp -d "$WORK/content.XXXXXX")
  chmod 755 "$dir"
  cp "$ROOT"/Resources/timeline.yaml "$ROOT"/Resources/work.yaml "$ROOT"/Resources/exhibition.yaml \
    "$ROOT"/Resources/SOURCES.md "$dir"
  echo "$dir"
}

# Field names holding OSC, CSI and a newline reach the terminal written out:
# no ESC byte, no line that a forged newline starts.
test_validate_shows_controls_written_out() {
  local dir out
  dir=$(yaml_path_content_copy)
  printf 'areas:\n  - id: protection\n    "\\e]0;owned\\a\\e[2J": 1\n    "x\\ncontent OK: 3 eras": 1\n' >"$dir/work.yaml"
  out=$(timeout 10 "$BIN" validate "$dir" 2>&1) && { FAILURE="validate passed: $out"; return 1; }
  if grep -q $'\e' <<<"$out"; then FAILURE="an ESC byte reached the terminal: $(cat -v <<<"$out")"; return 1; fi
  grep -qF 'work.yaml:3:5: areas[0].\e]0;owned\a\e[2J: unknown field' <<<"$out" \
    || { FAILURE="no written-out key: $out"; return 1; }
  grep -qF 'work.yaml:4:5: areas[0].x\ncontent OK: 3 eras: unknown field' <<<"$out" \
    || { FAILURE="no written-out newline: $out"; return 1; }
  if grep -q '^content OK' <<<"$out"; then FAILURE="a forged line: $out"; return 1; fi
}

# Thousands of aliases of one large text: refused at the alias that takes the
# file past 5 MB, with its file, line and field (a 2 MB file, 300 MB written out).
test_validate_refuses_an_alias_bomb() {
  local dir out big i
  dir=$(yaml_path_content_copy)
  big=$(head -c 100000 /dev/zero | tr '\0' 'a' | sed 's/a\{20\}/A sentence of text. /g')
  {
    printf 'eras:\n  - {id: icm, from: 1980, name: {en: "ICM", de: "ICM"}}\nevents:\n'
    printf '  - {id: event-0, date: "1980", era: icm, label: {en: L, de: L}, title: {en: T, de: T}, story: {en: &big "%s", de: *big}, sources: [{tag: C, id: iom-constitution, text: {en: r, de: r}}]}\n' "$big"
    for ((i = 1; i < 3000; i++)); do
      printf '  - {id: event-%d, date: "1980", era: icm, label: {en: L, de: L}, title: {en: T, de: T}, story: {en: *big, de: *big}, sources: [{tag: C, id: iom-constitution, text: {en: r, de: r}}]}\n' "$i"
    done
  } >"$dir/timeline.yaml"
  out=$(timeout 10 "$BIN" validate "$dir" 2>&1) && { FAILURE="validate passed: $out"; return 1; }
  grep -qE 'timeline\.yaml:30:[0-9]+: events\[26\]\.story\.en: the alias \*big repeats so much that the file would hold more than the 5 MB' <<<"$out" \
    || { FAILURE="no alias problem: $out"; return 1; }
  [[ $(grep -c 'timeline.yaml' <<<"$out") == 1 ]] || { FAILURE="more than one problem: $out"; return 1; }
}

# A folder its user cannot enter: one problem, "cannot be read", not each
# file "missing"; and a folder inside it alike, not "not a directory". Run
# as nobody when the tests run as root, in a folder nobody can reach.
test_validate_unreadable_folder() {
  local top dir out as=() status=0
  top=$(mktemp -d "${TMPDIR:-/tmp}/iom-unreadable.XXXXXX")
  chmod 755 "$top"
  dir="$top/content"
  mkdir -p "$dir/inner"
  cp "$ROOT"/Resources/timeline.yaml "$ROOT"/Resources/work.yaml "$ROOT"/Resources/exhibition.yaml \
    "$ROOT"/Resources/SOURCES.md "$dir"
  chmod 000 "$dir"
  if [[ $(id -u) == 0 ]]; then
    command -v setpriv >/dev/null || { FAILURE="root, and no setpriv to drop privileges"; rm -rf "$top"; return 1; }
    as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  fi
  out=$(timeout 10 "${as[@]}" "$BIN" validate "$dir" 2>&1; timeout 10 "${as[@]}" "$BIN" validate "$dir/inner" 2>&1) || status=$?
  chmod 755 "$dir"
  rm -rf "$top"
  grep -qF "$dir: cannot be read — check that the folder's permissions let you read it" <<<"$out" \
    || { FAILURE="not 'cannot be read': $out"; return 1; }
  grep -qF "$dir/inner: cannot be read — check that the folder's permissions let you read it" <<<"$out" \
    || { FAILURE="the inner folder not 'cannot be read': $out"; return 1; }
  [[ $status == 65 ]] || { FAILURE="exit status $status, not 65: $out"; return 1; }
  if grep -qE 'missing|not a directory' <<<"$out"; then FAILURE="files reported missing: $out"; return 1; fi
  [[ $(grep -c 'cannot be read' <<<"$out") == 2 ]] || { FAILURE="not one problem each: $out"; return 1; }
}

run_test "validate shows control characters in keys written out" test_validate_shows_controls_written_out
run_test "validate refuses an alias bomb at the alias, with its field" test_validate_refuses_an_alias_bomb
run_test "validate: a folder that cannot be entered cannot be read" test_validate_unreadable_folder
