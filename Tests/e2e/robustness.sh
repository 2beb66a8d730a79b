# End-to-end tests of the robustness branch (issue 18): the log, the command
# line, write errors, the hardened service and the sandbox. Sourced by run.sh.

# The log is a FIFO: the kiosk opens it without blocking, says why it runs
# without a log (on stderr, before the screen starts), and starts anyway.
test_log_fifo() {
  local fifo="$WORK/fifo.log" err="$WORK/fifo.err"
  mkfifo "$fifo"
  start_app 100 30 xterm-256color 'exec "$@" --kiosk --log "'"$fifo"'" 2>"'"$err"'"'
  wait_kiosk_ready || return 1
  tm send-keys -t "$S" Down
  wait_row 0 "Brussels conference" || return 1
  kill -TERM "$(app_pid)"
  wait_exit 143 || return 1
  grep -qF "iom-history: --log '$fifo' is not a regular file; the kiosk runs without a log." "$err" ||
    { FAILURE="stderr said: $(cat "$err")"; return 1; }
}

# --log-max: at the limit FILE becomes FILE.1 and a new FILE starts.
test_log_rotation() {
  local log="$WORK/rotating.log"
  # 65,500 bytes already: the next lines pass the 64K limit.
  head -c 65500 /dev/zero | tr '\0' 'x' >"$log"
  start_app 100 30 xterm-256color 'exec "$@" --kiosk --log "'"$log"'" --log-max 64K'
  wait_kiosk_ready || return 1
  tm send-keys -t "$S" Tab
  tm send-keys -t "$S" Tab
  wait_row 0 "Photo exhibition" || return 1
  kill -TERM "$(app_pid)"
  wait_exit 143 || return 1
  [[ -f $log.1 ]] || { FAILURE="no $log.1 after passing the limit"; return 1; }
  (($(stat -c %s "$log") < 1000)) || { FAILURE="FILE not started anew: $(stat -c %s "$log") bytes"; return 1; }
  grep -q "stop: signal 15" "$log" || { FAILURE="the new FILE lacks the stop line: $(cat "$log")"; return 1; }
}

# Options before or after the subcommand mean the same.
test_option_order() {
  local before after
  before=$(timeout 10 "$BIN" --content "$ROOT/Resources" --lang de dump 2>&1) || { FAILURE="--content DIR --lang de dump: $before"; return 1; }
  after=$(timeout 10 "$BIN" dump --content "$ROOT/Resources" --lang de 2>&1) || { FAILURE="dump --content DIR --lang de: $after"; return 1; }
  grep -qF "Zeitleiste" <<<"$before" || { FAILURE="--lang de dump is not German: ${before:0:200}"; return 1; }
  [[ $before == "$after" ]] || { FAILURE="the two orders print different text"; return 1; }
  local out status=0
  out=$(timeout 10 "$BIN" --kiosk dump 2>&1) || status=$?
  expect_eq "exit status of --kiosk dump" 64 "$status" || return 1
  grep -qF "Error: --kiosk does not apply to 'iom-history dump'" <<<"$out" || { FAILURE="--kiosk dump said: $out"; return 1; }
}

# A result that cannot be written: a message and EX_IOERR (74), not 0.
test_stdout_errors() {
  local status=0 err
  err=$(timeout 10 "$BIN" dump 2>&1 >/dev/full) || status=$?
  expect_eq "exit status of dump >/dev/full" 74 "$status" || return 1
  grep -qF "iom-history: cannot write to standard output: No space left on device" <<<"$err" ||
    { FAILURE="dump >/dev/full said: $err"; return 1; }
  status=0
  err=$(timeout 10 "$BIN" dump 2>&1 >&-) || status=$?
  expect_eq "exit status of dump >&-" 74 "$status" || return 1
  grep -qF "cannot write to standard output" <<<"$err" || { FAILURE="dump >&- said: $err"; return 1; }
  status=0
  timeout 10 "$BIN" validate >/dev/full 2>/dev/null || status=$?
  expect_eq "exit status of validate >/dev/full" 74 "$status"
}

# Timers outside their documented bounds, and arguments with controls.
test_option_bounds() {
  local out status
  for args in "--idle 1e-7" "--attract-step 1e-9" "--idle 86401" "demo --step 0"; do
    status=0
    # shellcheck disable=SC2086 # the words are meant to split
    out=$(timeout 10 "$BIN" $args 2>&1 </dev/null) || status=$?
    expect_eq "exit status of $args" 64 "$status" || return 1
    local value=${args##* } option=${args% *}
    grep -qF "Error: ${option#demo } takes " <<<"$out" && grep -qF "seconds, not '$value'." <<<"$out" ||
      { FAILURE="$args said: $out"; return 1; }
  done
  status=0
  out=$(timeout 10 "$BIN" --lang $'\e]0;forged\a\nok' 2>&1 </dev/null) || status=$?
  expect_eq "exit status of a forged --lang" 64 "$status" || return 1
  [[ $out != *$'\e'* && $out != *$'\a'* ]] || { FAILURE="raw controls in: $(cat -v <<<"$out")"; return 1; }
  grep -qF "not '\\e]0;forged\\a\\nok'." <<<"$out" || { FAILURE="--lang said: $(cat -v <<<"$out")"; return 1; }
  # validate's summary names the folder as typed, its controls written out.
  status=0
  out=$(timeout 10 "$BIN" validate "$WORK/"$'\e]0;x\a' 2>&1 </dev/null) || status=$?
  expect_eq "exit status of validate on a missing folder" 65 "$status" || return 1
  grep -qF "in $WORK/\\e]0;x\\a" <<<"$out" || { FAILURE="validate said: $(cat -v <<<"$out")"; return 1; }
}

# The service unit: verified, and rated 1.0 ("SAFE") or better by
# systemd's own security analysis.
test_hardened_unit() {
  command -v systemd-analyze >/dev/null || { FAILURE="systemd-analyze is not installed (.ci/run installs systemd)"; return 1; }
  local deploy="$ROOT/Resources/deploy" dir="$WORK/hardened" out level
  mkdir -p "$dir"
  cp "$deploy/iom-history-kiosk" "$dir/"
  sed "s|/usr/local/bin/iom-history-kiosk|$dir/iom-history-kiosk|" \
    "$deploy/iom-history-kiosk.service" >"$dir/iom-history-kiosk.service"
  out=$(cd "$dir" && systemd-analyze verify --man=no ./iom-history-kiosk.service 2>&1) || { FAILURE="verify: $out"; return 1; }
  [[ -z $out ]] || { FAILURE="verify warned: $out"; return 1; }
  out=$(cd "$dir" && systemd-analyze security --offline=true ./iom-history-kiosk.service 2>&1) || true
  level=$(sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p' <<<"$out")
  [[ -n $level ]] || { FAILURE="no exposure level in: $out"; return 1; }
  awk -v l="$level" 'BEGIN { exit !(l <= 1.0) }' || { FAILURE="exposure $level, above 1.0: $(grep '✗' <<<"$out")"; return 1; }
  # The unit still runs on tty1, writes its log and restarts.
  local unit="$dir/iom-history-kiosk.service" key
  for key in TTYPath=/dev/tty1 StandardInput=tty LogsDirectory=iom-history Restart=always; do
    grep -qx "$key" "$unit" || { FAILURE="the unit lacks $key"; return 1; }
  done
}

# The kiosk under the unit's restrictions, as far as they apply without
# systemd: a new network namespace with no interface but a down loopback,
# and every mount read-only apart from the log's folder.
SANDBOX='
logdir=$1; shift
mount --make-rprivate /
mount --bind "$logdir" "$logdir"
findmnt -rno TARGET | while read -r target; do
  [ "$target" = "$logdir" ] || mount -o remount,ro,bind "$target" 2>/dev/null || true
done
if touch "$logdir/../outside" 2>/dev/null; then echo "SANDBOX: writable outside the log folder"; exit 90; fi
if grep -qv "^ *\(lo\|Inter\| face\)" /proc/net/dev; then echo "SANDBOX: a network interface"; exit 91; fi
exec "$@"
'
test_sandboxed_kiosk() {
  local logdir="$WORK/sandbox-log"
  mkdir -p "$logdir"
  start_app 100 30 xterm-256color \
    'exec unshare --net --mount sh -c '"'$SANDBOX'"' sandbox "'"$logdir"'" "$@" --kiosk --log "'"$logdir/kiosk.log"'"'
  wait_kiosk_ready || return 1
  tm send-keys -t "$S" Tab
  wait_row 0 "Work areas" || return 1
  kill -TERM "$(app_pid)"
  wait_exit 143 || return 1
  grep -q "section opened" "$logdir/kiosk.log" || { FAILURE="no log in the sandbox: $(cat "$logdir/kiosk.log" 2>&1)"; return 1; }
  [[ ! -e $WORK/outside ]] || { FAILURE="the sandbox let a file be written outside the log folder"; return 1; }
}

# A full disk: a 8 KiB tmpfs with 10 bytes left. The start line does not
# fit and is dropped whole, not left cut for the next line to be glued to.
FULL_DISK='
dir=$1; shift
mount -t tmpfs -o size=8k tmpfs "$dir" || exit 92
{ head -c 8181 /dev/zero | tr "\\0" x; echo; } >"$dir/kiosk.log"
"$@" --log "$dir/kiosk.log"
status=$?
echo "LOG_BYTES=$(stat -c %s "$dir/kiosk.log") TAIL=$(tail -c 3 "$dir/kiosk.log" | tr "\\n" N)"
exit $status
'
test_log_full_disk() {
  local dir="$WORK/full-disk" line
  mkdir -p "$dir"
  start_app 100 30 xterm-256color 'unshare --mount sh -c '"'$FULL_DISK'"' full "'"$dir"'" "$@"'
  wait_ready || return 1
  tm send-keys -t "$S" q
  wait_for "Quit? (y/n)" || return 1
  tm send-keys -t "$S" y
  wait_scrollback "LOG_BYTES=" || return 1
  line=$(scrollback | grep -o 'LOG_BYTES=.*' | tail -1)
  expect_eq "the full log after start and stop" 'LOG_BYTES=8182 TAIL=xxN' "$line"
}

run_test "--log FIFO: refused without blocking, the kiosk starts, stderr says why" test_log_fifo
run_test "--log-max 64K: FILE becomes FILE.1 at the limit" test_log_rotation
run_test "options before or after the subcommand mean the same" test_option_order
run_test "dump >/dev/full and dump >&-: a message and status 74" test_stdout_errors
run_test "timers outside their bounds: 64 naming the option; controls shown" test_option_bounds
run_test "the service unit verifies and is rated SAFE (1.0 or less)" test_hardened_unit
# Namespaces and mounts need privileges (root, or a user namespace) that
# some machines lack: there, and only there, these two are skipped.
if unshare --net --mount sh -c 'mount -t tmpfs -o size=8k tmpfs "$0"' "$WORK" 2>/dev/null; then
  run_test "the kiosk runs with no network and a read-only file system but its log" test_sandboxed_kiosk
  run_test "a full disk: a log line that does not fit is dropped whole" test_log_full_disk
else
  echo "# sandbox and full disk: skipped, this machine does not allow new mount and network namespaces (unshare)"
  skipped=$((skipped + 2))
fi

# A megabyte-long gallery address: validate refuses it by field, at once
# (wrapping it took 47 s when wrapping was quadratic).
test_long_address_refused() {
  local dir="$WORK/long-address" out status=0
  cp -r "$ROOT/Resources" "$dir"
  # A sed script file: the address is too long for a command line.
  { printf 's|^  gallery: .*|  gallery: "https://germany.iom.int/'
    head -c 1048576 /dev/zero | tr '\0' 'a'
    printf '"|\n'; } >"$WORK/long-address.sed"
  sed -i -f "$WORK/long-address.sed" "$dir/exhibition.yaml"
  out=$(timeout 10 "$BIN" validate "$dir" 2>&1) || status=$?
  expect_eq "exit status of validate" 65 "$status" || return 1
  grep -qF "exhibition.gallery: the web address" <<<"$out" || { FAILURE="validate said: ${out:0:400}"; return 1; }
  grep -qF "more than the 200 a visitor can copy" <<<"$out" || { FAILURE="validate said: ${out:0:400}"; return 1; }
}
run_test "a 1 MB gallery address: validate refuses it by field, at once" test_long_address_refused
