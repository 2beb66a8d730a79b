#!/usr/bin/env bash
# End-to-end tests for iom-history: drive the real binary in a private tmux
# server and read the screen back with capture-pane.
#
#   Tests/e2e/run.sh                      # uses .build/release/iom-history
#   BIN=/path/to/iom-history Tests/e2e/run.sh
#   E2E_TIMEOUT=20 Tests/e2e/run.sh       # longer waits on a very slow machine
#   E2E_ONLY=search Tests/e2e/run.sh      # only the tests whose names match
#
# Needs tmux. Every wait polls the screen (0.1 s steps, E2E_TIMEOUT seconds at
# most, 10 by default) instead of sleeping a fixed time.
# Prints "ok - NAME" / "not ok - NAME" per test, then "N passed, M failed";
# exits non-zero if any test failed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BIN="${BIN:-$ROOT/.build/release/iom-history}"
if [[ ! -x "$BIN" ]]; then
  echo "run.sh: no executable at BIN=$BIN (build it: swift build -c release)" >&2
  exit 2
fi
BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"
command -v tmux >/dev/null || { echo "run.sh: tmux is not installed" >&2; exit 2; }

# The machine is slow and noisy: poll for up to this long, never sleep blindly.
TIMEOUT="${E2E_TIMEOUT:-10}"
STEP=0.1

# A private tmux server (own socket, no config) so the user's tmux is never touched.
SOCKET="iom-e2e-$$"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/iom-e2e.XXXXXX")"
tm() { tmux -L "$SOCKET" -f /dev/null "$@"; }
cleanup() {
  # kill-server leaves the socket file behind: remove it too.
  local socket_path
  socket_path=$(tm display -p '#{socket_path}' 2>/dev/null || true)
  tm kill-server 2>/dev/null || true
  [[ -n $socket_path ]] && rm -f "$socket_path"
  rm -rf "$WORK"
}
trap cleanup EXIT
# Ctrl-C or a kill still cleans up: exit through the EXIT trap.
trap 'exit 130' INT
trap 'exit 143' TERM

passed=0
failed=0
skipped=0
S=""        # the current test's tmux session
PIDFILE=""  # where the current session's wrapper wrote the app's pid
FAILURE=""  # why the current test failed (set by the assertions)

# --- The app in a tmux pane -----------------------------------------------

# What runs in the pane. A plain sh, not an interactive bash: bash would
# re-apply its saved tty modes and hide an app that leaves echo off.
# The inner sh writes its own pid, then by default execs the app, so that pid
# is the app's. After the app ends the wrapper reports its exit status and
# whether the tty has echo on again, then stays alive: tmux resets the cursor
# flag of a dead pane, so the modes must be read while the pane still lives.
# (remain-on-exit still keeps a pane readable if the wrapper itself dies.)
# $1 = pid file, $2 = how the inner sh runs the command, $3... = the command.
WRAPPER='
pidfile=$1; run=$2; shift 2
sh -c "echo \$\$ > \"\$0\"; $run" "$pidfile" "$@"
echo "EXIT=$?"
if stty -a | tr " ;" "\n\n" | grep -qx echo; then echo ECHO_ON; else echo ECHO_OFF; fi
exec sleep 600
'

# start_app WIDTH HEIGHT [TERM value, or -unset] [how to run "$@"]
# Starts a fresh session running the app; TERM is xterm-256color unless given.
start_app() {
  local width=$1 height=$2 term=${3:-xterm-256color} run=${4:-'exec "$@"'}
  S="t$((++session_count))"
  PIDFILE="$WORK/$S.pid"
  # No interactive crash backtrace: a crash must fail the test, not wait 30 s.
  local env_cmd=(env LANG=C.UTF-8 SWIFT_BACKTRACE=interactive=no TERM="$term")
  # Unset rather than set: exercises the app's fallback without terminfo.
  [[ $term == -unset ]] && env_cmd=(env -u TERM LANG=C.UTF-8 SWIFT_BACKTRACE=interactive=no)
  # Several arguments: tmux execs them directly, no shell of its own in between.
  tm new-session -d -s "$S" -x "$width" -y "$height" \
    "${env_cmd[@]}" sh -c "$WRAPPER" sh "$PIDFILE" "$run" "$BIN"
}
session_count=0

capture() { tm capture-pane -p -t "$S" 2>/dev/null || true; }
# The whole scrollback too, for output longer than the pane.
scrollback() { tm capture-pane -p -S - -t "$S" 2>/dev/null || true; }
row() { capture | sed -n "$(($1 + 1))p"; }
app_pid() { cat "$PIDFILE" 2>/dev/null || true; }

# poll CMD...: retry CMD every STEP seconds until it succeeds or TIMEOUT passes.
poll() {
  local deadline=$((SECONDS + TIMEOUT))
  until "$@"; do
    ((SECONDS < deadline)) || return 1
    sleep "$STEP"
  done
}
shows() { capture | grep -qF -- "$1"; }
hides() { ! shows "$1"; }
row_shows() { row "$1" | grep -qF -- "$2"; }
row_hides() { ! row_shows "$1" "$2"; }
scrollback_shows() { scrollback | grep -qF -- "$1"; }
pid_known() { [[ -s $PIDFILE ]]; }

# Assertions: on failure they record why and return 1; the test stops there.
wait_for() { poll shows "$1" || { FAILURE="timed out waiting for '$1'"; return 1; }; }
wait_gone() { poll hides "$1" || { FAILURE="'$1' still on screen"; return 1; }; }
wait_row() { poll row_shows "$1" "$2" || { FAILURE="row $1 never showed '$2'"; return 1; }; }
wait_row_gone() { poll row_hides "$1" "$2" || { FAILURE="row $1 still shows '$2'"; return 1; }; }
wait_scrollback() { poll scrollback_shows "$1" || { FAILURE="output never contained '$1'"; return 1; }; }
expect_eq() { # WHAT EXPECTED ACTUAL
  [[ $2 == "$3" ]] || { FAILURE="$1: expected '$2', got '$3'"; return 1; }
}

# Waits for the first frame: the tabs row and the footer, and the pid.
wait_ready() { wait_for "1 Timeline" && wait_for "Quit" && poll pid_known; }

# wait_exit STATUS: the app ended with STATUS and left the terminal as it
# found it: alternate screen off, cursor visible, echo on. Reports every
# difference at once, since they usually come together.
wait_exit() {
  wait_scrollback "ECHO_" || return 1
  local status modes problems=()
  status=$(scrollback | sed -n 's/^EXIT=\([0-9]*\).*/\1/p' | tail -1)
  [[ $status == "$1" ]] || problems+=("exit status $status, expected $1")
  scrollback | grep -qx ECHO_ON || problems+=("echo left off")
  # The wrapper still runs, so these are the modes the app left behind.
  modes=$(tm display -p -t "$S" '#{alternate_on} #{cursor_flag}')
  [[ ${modes% *} == 0 ]] || problems+=("alternate screen left on")
  [[ ${modes#* } == 1 ]] || problems+=("cursor left hidden")
  ((${#problems[@]} == 0)) || { FAILURE=$(printf '%s; ' "${problems[@]}"); return 1; }
}

# --- Running the tests ------------------------------------------------------

# run_test NAME FUNCTION: one test; its failure is reported, never fatal.
run_test() {
  local name=$1 fn=$2
  # E2E_ONLY=REGEX runs only the tests whose names match, while working on them.
  [[ -n ${E2E_ONLY:-} && ! $name =~ $E2E_ONLY ]] && return 0
  FAILURE=""
  S=""
  # The assertions inside return 1 on failure; "if" keeps set -e from firing.
  if "$fn" && [[ -z $FAILURE ]]; then
    echo "ok - $name"
    passed=$((passed + 1))
  else
    echo "not ok - $name"
    echo "#   ${FAILURE:-the test returned failure}"
    if [[ -n $S ]]; then
      echo "#   screen of session $S ($(tm display -p -t "$S" '#{window_width}x#{window_height}' 2>/dev/null || echo gone)):"
      scrollback | tail -60 | sed 's/^/#   | /'
    fi
    failed=$((failed + 1))
  fi
  # Free the session; a still-running app gets SIGHUP from tmux.
  [[ -n $S ]] && tm kill-session -t "$S" 2>/dev/null || true
}

# --- The tests ---------------------------------------------------------------

test_first_screen() {
  start_app 100 30
  wait_ready || return 1
  # The timeline opens on the overview of the whole story.
  wait_row 0 "Timeline › At a glance" || return 1
  wait_for "PICMME" || return 1
  # The footer hints sit on the last row.
  wait_row 29 "Enter Open" || return 1
  wait_row 29 "q Quit" || return 1
  wait_row 29 "? Help"
}

test_photo_pane() {
  start_app 100 30
  wait_ready || return 1
  tm send-keys -t "$S" 3
  wait_row 0 "Photo exhibition" || return 1
  # The first caption is credited to IOM.
  wait_for "© IOM"
}

test_reading_view() {
  start_app 100 30
  wait_ready || return 1
  tm send-keys -t "$S" Enter
  wait_row 0 "Reading ›" || return 1
  wait_gone "Enter Open" || return 1
  tm send-keys -t "$S" Escape
  wait_row_gone 0 "Reading ›" || return 1
  wait_row 29 "Enter Open" || return 1
  # The list is back: its first entries and the time axis.
  wait_for "1951  Brussels conference" || return 1
  wait_for "Time axis"
}

test_resize() {
  start_app 100 30
  wait_ready || return 1
  tm resize-window -t "$S" -x 60 -y 20
  wait_for "Please enlarge the window to at least 80x24." || return 1
  tm resize-window -t "$S" -x 100 -y 30
  wait_gone "Please enlarge" || return 1
  wait_row 1 "1 Timeline   2 Work areas   3 Photo exhibition" || return 1
  wait_row 0 "Timeline ›" || return 1
  wait_row 29 "q Quit"
}

# signal_test NAME NUMBER: kill the app with a signal; it must restore the
# terminal and then die of that same signal (status 128+N in the shell).
signal_test() {
  start_app 100 30
  wait_ready || return 1
  local pid
  pid=$(app_pid)
  kill -"$1" "$pid" || { FAILURE="could not signal pid $pid"; return 1; }
  wait_exit "$((128 + $2))"
}
test_sigterm() { signal_test TERM 15; }
test_sigint() { signal_test INT 2; }
test_sighup() { signal_test HUP 1; }
# A crash: the terminal is restored before Swift's crash report runs.
test_sigsegv() { signal_test SEGV 11; }

# The terminal disappears (window closed, SSH dropped) without a signal
# reaching the app: it must end rather than spin on a dead terminal.
test_terminal_vanishes() {
  start_app 100 30
  wait_ready || return 1
  local pid
  pid=$(app_pid)
  tm kill-session -t "$S"
  S=""
  poll process_gone "$pid" || { FAILURE="pid $pid still running after its terminal went away"; return 1; }
}
# Gone or a zombie that only waits for its parent to collect it.
process_gone() { [[ $(ps -o stat= -p "$1" 2>/dev/null) != [^Z]* ]]; }

# Bad content: a clear message naming the file and exit status 65, before
# the terminal is touched.
test_bad_content() {
  local bad="$WORK/bad-content" out status=0
  mkdir -p "$bad"
  cp "$ROOT/Resources/"*.yaml "$ROOT/Resources/SOURCES.md" "$bad/"
  sed -i 's/^    title:/    titel:/' "$bad/work.yaml"
  out=$(timeout 10 "$BIN" --content "$bad" 2>&1 </dev/null) || status=$?
  expect_eq "exit status with broken content" 65 "$status" || return 1
  grep -qF "work.yaml:" <<<"$out" || { FAILURE="no file:line in: $out"; return 1; }
  grep -qF "did you mean \`title\`?" <<<"$out" || { FAILURE="no hint in: $out"; return 1; }
  # In a terminal too: the message, status 65, and the screen left alone.
  start_app 100 30 xterm-256color 'exec "$@" --content '"$bad"
  wait_exit 65 || return 1
  wait_scrollback "unknown field"
}

# The command line: help and version exit 0; a mistake names itself, shows
# the usage and exits 64 (EX_USAGE), without touching the terminal.
test_command_line() {
  local out status=0
  out=$(timeout 10 "$BIN" --help 2>&1) || status=$?
  expect_eq "exit status of --help" 0 "$status" || return 1
  grep -qF -- "--operator-key <KEYS>" <<<"$out" || { FAILURE="no options in help: $out"; return 1; }
  grep -qF "validate" <<<"$out" || { FAILURE="no subcommands in help: $out"; return 1; }
  out=$(timeout 10 "$BIN" help validate 2>&1) || { FAILURE="help validate failed: $out"; return 1; }
  grep -qF "USAGE: iom-history validate [<DIR>]" <<<"$out" || { FAILURE="validate help: $out"; return 1; }
  out=$(timeout 10 "$BIN" --version 2>&1) || { FAILURE="--version failed: $out"; return 1; }
  [[ $out =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { FAILURE="--version printed: $out"; return 1; }
  status=0
  out=$(timeout 10 "$BIN" --idle 0 2>&1 </dev/null) || status=$?
  expect_eq "exit status of --idle 0" 64 "$status" || return 1
  grep -qF "Error: --idle takes 1 to 86400 seconds, not '0'." <<<"$out" || { FAILURE="--idle 0 said: $out"; return 1; }
  status=0
  out=$(timeout 10 "$BIN" dump --colour 2>&1 </dev/null) || status=$?
  expect_eq "exit status of an unknown option" 64 "$status" || return 1
  grep -qF "Error: unknown option '--colour'." <<<"$out" || { FAILURE="unknown option said: $out"; return 1; }
  grep -qF "Usage: iom-history dump [<options>]" <<<"$out" || { FAILURE="no usage in: $out"; return 1; }
  status=0
  out=$(timeout 10 "$BIN" --lang=fr 2>&1 </dev/null) || status=$?
  expect_eq "exit status of --lang=fr" 64 "$status" || return 1
  grep -qF "Error: --lang 'fr': the content is written in de, en." <<<"$out" || { FAILURE="--lang=fr said: $out"; return 1; }
  out=$(timeout 10 "$BIN" dump --lang=de 2>&1 </dev/null) || { FAILURE="dump --lang=de: $out"; return 1; }
  grep -qF "Zeitleiste" <<<"$out" || { FAILURE="dump --lang=de is not German: ${out:0:200}"; return 1; }
}

# The release binary copied alone into an empty folder still has its content.
test_binary_alone() {
  local lone="$WORK/lone"
  mkdir -p "$lone"
  cp "$BIN" "$lone/iom-history"
  local out
  out=$(cd "$lone" && timeout 10 ./iom-history dump 2>&1) || { FAILURE="dump failed: $out"; return 1; }
  grep -qF "PICMME" <<<"$out" || { FAILURE="no PICMME in the lone binary's dump"; return 1; }
  grep -qF "© IOM / Amanda Nero" <<<"$out" || { FAILURE="no photo credit in the lone binary's dump"; return 1; }
}

test_quit() {
  start_app 100 30
  wait_ready || return 1
  tm send-keys -t "$S" q
  wait_for "Quit? (y/n)" || return 1
  tm send-keys -t "$S" n
  wait_gone "Quit? (y/n)" || return 1
  wait_row 29 "Enter Open" || return 1
  hides "EXIT=" || { FAILURE="the app ended after n"; return 1; }
  tm send-keys -t "$S" q
  wait_for "Quit? (y/n)" || return 1
  tm send-keys -t "$S" y
  wait_exit 0
}

test_help() {
  start_app 100 30
  wait_ready || return 1
  tm send-keys -t "$S" '?'
  wait_for "─ Keys · " || return 1
  wait_for "Esc or ? closes this help" || return 1
  tm send-keys -t "$S" Escape
  wait_gone "─ Keys · " || return 1
  wait_row 29 "Enter Open"
}

test_navigation() {
  start_app 100 30
  wait_ready || return 1
  wait_row 0 "Timeline › At a glance" || return 1
  tm send-keys -t "$S" Down
  wait_row 0 "Timeline › 1951 Brussels conference" || return 1
  wait_for "Event 2 of 22" || return 1
  tm send-keys -t "$S" Up
  wait_row 0 "Timeline › At a glance" || return 1
  wait_for "Event 1 of 22" || return 1
  # j/k do the same as Down/Up.
  tm send-keys -t "$S" j
  wait_row 0 "Brussels conference" || return 1
  tm send-keys -t "$S" k
  wait_row 0 "At a glance"
}

# Without a terminal the app prints the plain text and ends on its own.
# Run directly, both ends not a tty (this script's stdout is captured).
test_plain_no_tty() {
  local out status=0
  out=$(timeout 10 "$BIN" </dev/null 2>&1) || status=$?
  expect_eq "exit status of BIN </dev/null" 0 "$status" || return 1
  grep -qF PICMME <<<"$out" || { FAILURE="no PICMME in the output"; return 1; }
  status=0
  out=$(timeout 10 "$BIN" 2>&1 | cat) || status=$?
  expect_eq "exit status of BIN | cat" 0 "$status" || return 1
  grep -qF PICMME <<<"$out" || { FAILURE="no PICMME in the piped output"; return 1; }
}

# stdin at end of file while stdout IS a terminal: the case where curses
# would spin forever on EOF.
test_plain_stdin_devnull() {
  start_app 100 30 xterm-256color 'exec timeout --foreground 10 "$@" </dev/null'
  wait_exit 0 || return 1
  wait_scrollback "PICMME"
}

# stdin a terminal, stdout a pipe.
test_plain_stdout_pipe() {
  start_app 100 30 xterm-256color \
    '{ timeout --foreground 10 "$@"; echo "STATUS=$?"; } | cat; exit 0'
  wait_scrollback "STATUS=" || return 1
  scrollback | grep -qx "STATUS=0" || { FAILURE="app status: $(scrollback | grep STATUS=)"; return 1; }
  wait_scrollback "PICMME"
}

# A terminal that cannot address the cursor, and no terminal type at all.
test_term_dumb() {
  start_app 100 30 dumb 'exec timeout --foreground 10 "$@"'
  wait_exit 0 || return 1
  wait_scrollback "PICMME"
}
test_term_unset() {
  start_app 100 30 -unset 'exec timeout --foreground 10 "$@"'
  wait_exit 0 || return 1
  wait_scrollback "PICMME"
}

# size_test WIDTH HEIGHT: nothing is drawn past the right edge, the frame
# spans the full width, and the footer is on the last row.
size_test() {
  local width=$1 height=$2
  start_app "$width" "$height"
  wait_ready || return 1
  wait_row $((height - 1)) "q Quit" || return 1
  local widest
  widest=$(capture | LC_ALL=C.UTF-8 wc -L)
  ((widest <= width)) || { FAILURE="a line is $widest columns wide (> $width)"; return 1; }
  # The top border of the two boxes ends exactly in the last column.
  local top
  top=$(row 2)
  expect_eq "width of the box row" "$width" "$(LC_ALL=C.UTF-8 wc -L <<<"$top")" || return 1
  [[ $top == *┐ ]] || { FAILURE="row 2 does not end in ┐: $top"; return 1; }
  expect_eq "rows captured" "$height" "$(capture | wc -l)"
}
test_size_80x24() { size_test 80 24; }
test_size_160x50() { size_test 160 50; }

# --- Mouse and touch -----------------------------------------------------------

# mouse_test TERM ENCODING: a click on the second tab (0-based column 16,
# row 1) in the encoding ncurses chose for that TERM opens the Work areas.
mouse_test() {
  start_app 100 30 "$1"
  wait_ready || return 1
  local x=16 y=1
  if [[ $2 == sgr ]]; then
    poll mouse_mode_on sgr || { FAILURE="the app did not turn on SGR mouse reporting"; return 1; }
    # ESC [ < button ; column+1 ; row+1 M (press), then m (release).
    tm send-keys -t "$S" -l $'\e'"[<0;$((x + 1));$((y + 1))M"
    tm send-keys -t "$S" -l $'\e'"[<0;$((x + 1));$((y + 1))m"
  else
    poll mouse_mode_on x10 || { FAILURE="the app did not turn on mouse reporting"; return 1; }
    # ESC [ M, then 32+button, 33+column, 33+row as bytes; button 3 releases.
    tm send-keys -t "$S" -H 1b 5b 4d 20 "$(printf %x $((33 + x)))" "$(printf %x $((33 + y)))"
    tm send-keys -t "$S" -H 1b 5b 4d 23 "$(printf %x $((33 + x)))" "$(printf %x $((33 + y)))"
  fi
  wait_row 0 "Work areas ›"
}
# tmux knows which mouse modes the app switched on.
mouse_mode_on() {
  local flags
  flags=$(tm display -p -t "$S" '#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag} #{mouse_sgr_flag}')
  [[ ${flags% *} == *1* ]] && { [[ $1 != sgr ]] || [[ ${flags#* } == 1 ]]; }
}
test_mouse_sgr() { mouse_test xterm-256color sgr; }
test_mouse_x10() { mouse_test screen-256color x10; }

# --- Terminals, locales, input -------------------------------------------------

# The screen with its attributes and colours, as tmux holds it.
capture_escapes() { tm capture-pane -e -p -t "$S" 2>/dev/null || true; }
# Foreground/background colour settings (8, 16 or 256 colours), not resets.
COLOR_ESCAPES=$'\e\[([0-9;]*;)?(3[0-7]|4[0-7]|9[0-7]|10[0-7]|38;5;[0-9]+|48;5;[0-9]+)(;[0-9;]*)?m'

test_term_vt100() {
  start_app 80 24 vt100
  wait_ready || return 1
  wait_for "Brussels conference" || return 1
  ! capture_escapes | grep -Eq "$COLOR_ESCAPES" || { FAILURE="colour on vt100"; return 1; }
  # Emphasis without colour: the selection is reversed.
  capture_escapes | grep -q $'\e\[[0-9;]*7[0-9;]*m' || { FAILURE="no reverse video for the selection"; return 1; }
  # vt100 has no alternate screen, so the way out clears the screen; its
  # `clear` holds padding ($<50>), which must not be printed as text.
  tm send-keys -t "$S" q y
  wait_exit 0 || return 1
  ! capture | grep -qF '$<' || { FAILURE="terminfo padding printed as text on the way out"; return 1; }
}

test_term_linux() {
  start_app 80 24 linux
  wait_ready || return 1
  capture_escapes | grep -Eq $'\e\[([0-9;]*;)?3[0-7](;[0-9;]*)?m' || { FAILURE="no 8-colour escapes on linux"; return 1; }
  ! capture_escapes | grep -q $'\e\[[0-9;]*38;5;' || { FAILURE="256-colour escapes on an 8-colour console"; return 1; }
  tm send-keys -t "$S" q y
  wait_exit 0 || return 1
  # No alternate screen there: the kiosk clears its last frame away.
  hides "Brussels conference" || { FAILURE="the last frame stayed on the console"; return 1; }
}

test_no_color() {
  start_app 80 24 xterm-256color 'NO_COLOR=1 exec "$@"'
  wait_ready || return 1
  ! capture_escapes | grep -Eq "$COLOR_ESCAPES" || { FAILURE="colour escapes despite NO_COLOR"; return 1; }
}

test_lang_c() {
  start_app 80 24 xterm-256color 'LANG=C LC_ALL=C exec "$@"'
  wait_ready || return 1
  # Typographic characters and box drawing still show, not blanks.
  tm send-keys -t "$S" Down
  wait_for "today’s" || return 1
  wait_for "┌─ Timeline" || return 1
  tm send-keys -t "$S" L
  wait_for "Zeitleiste" || return 1
  wait_for "für" || return 1
}

# No UTF-8 locale at all (IOM_HISTORY_LOCALE names one that does not exist):
# ASCII frames and transliterations, never blanks or mojibake.
test_ascii_only() {
  start_app 80 24 xterm-256color 'LANG=C LC_ALL=C IOM_HISTORY_LOCALE=xx_XX.UTF-8 exec "$@"'
  wait_for "1 Timeline" || return 1
  wait_for "+- Timeline ---" || return 1
  tm send-keys -t "$S" Down
  wait_for "today's" || return 1
  tm send-keys -t "$S" L
  wait_for "Zeitleiste" || return 1
  tm send-keys -t "$S" 2 Down
  wait_for "Schutz fuer" || return 1
  ! capture | LC_ALL=C grep -q '[^ -~]' || { FAILURE="non-ASCII bytes on an ASCII terminal"; return 1; }
}

# Pasted text, unknown escape sequences, Alt+key and a terminal's answers do
# nothing: the paste holds "q3qq" and "y", which would otherwise quit.
test_stray_input() {
  start_app 100 30
  wait_ready || return 1
  tm send-keys -t "$S" -l $'\e[200~q3qqy\e[201~'
  tm send-keys -t "$S" -l $'\e[99~'
  tm send-keys -t "$S" M-x
  tm send-keys -t "$S" -l $'\e]11;rgb:0000/0000/0000\a'
  tm send-keys -t "$S" F7
  tm send-keys -t "$S" Down
  wait_row 0 "Timeline › 1951 Brussels conference" || return 1
  hides "Quit?" || { FAILURE="stray input asked to quit"; return 1; }
}

# A burst of resizes, as a window manager sends while dragging, then the
# layout is exactly right for the final size.
test_resize_burst() {
  start_app 100 30
  wait_ready || return 1
  local i width height
  for ((i = 0; i < 200; i++)); do
    width=$((20 + (i * 37) % 180))
    height=$((5 + (i * 13) % 55))
    tm resize-window -t "$S" -x "$width" -y "$height"
  done
  tm resize-window -t "$S" -x 90 -y 28
  wait_row 27 "q Quit" || return 1
  wait_row 1 "1 Timeline" || return 1
  local widest
  widest=$(capture | LC_ALL=C.UTF-8 wc -L)
  ((widest <= 90)) || { FAILURE="a line is $widest columns wide after the burst"; return 1; }
  expect_eq "rows" 28 "$(capture | wc -l)" || return 1
  [[ $(row 2) == *┐ ]] || { FAILURE="row 2 does not end in ┐: $(row 2)"; return 1; }
  hides "EXIT=" || { FAILURE="the app ended during the burst"; return 1; }
}

# L switches to German and back, keeping the place.
test_language_toggle() {
  start_app 100 30
  wait_ready || return 1
  tm send-keys -t "$S" 2 Down Down
  wait_row 0 "Work areas › Resettlement" || return 1
  tm send-keys -t "$S" L
  wait_row 0 "Arbeitsbereiche › Resettlement & Aufnahme" || return 1
  wait_for "mehr als 6.411" || return 1
  wait_row 29 "L English" || return 1
  tm send-keys -t "$S" L
  wait_row 0 "Work areas › Resettlement" || return 1
  wait_for "more than 6,411"
}

# --- Accessibility ---------------------------------------------------------------

test_plain_mode() {
  start_app 100 30 xterm-256color 'exec "$@" --plain'
  wait_for "Event 1 of 22: IOM and Germany: the story at a glance" || return 1
  poll pid_known || return 1
  # A linear stream: no frames, no alternate screen.
  hides "┌" || { FAILURE="frames in plain mode"; return 1; }
  [[ $(tm display -p -t "$S" '#{alternate_on}') == 0 ]] || { FAILURE="alternate screen in plain mode"; return 1; }
  tm send-keys -t "$S" Down
  wait_for "Event 2 of 22: 26 November – 5 December 1951. A migration conference meets" || return 1
  # Open it, then a lone Esc goes back: the event is announced again.
  tm send-keys -t "$S" Enter
  wait_for "Belgium convened it" || return 1
  tm send-keys -t "$S" Escape
  poll announced_times "Event 2 of 22: 26 November" 2 ||
    { FAILURE="Esc did not go back: $(scrollback | grep -v '^$' | tail -2)"; return 1; }
  tm send-keys -t "$S" 2
  wait_for "Area 1 of 8: IOM today" || return 1
  tm send-keys -t "$S" q
  wait_for "Quit? (y/n)" || return 1
  tm send-keys -t "$S" y
  wait_exit 0
}

# announced_times TEXT N: TEXT has been printed N times.
announced_times() { [[ $(scrollback | grep -cF -- "$1") == "$2" ]]; }

test_show_cursor() {
  start_app 100 30 xterm-256color 'exec "$@" --show-cursor'
  wait_ready || return 1
  # The cursor sits on the selected entry: the overview on row 3, column 2,
  # then the first event on row 5, under the first era's heading.
  poll cursor_at "1 2 3" || { FAILURE="cursor: $(tm display -p -t "$S" '#{cursor_flag} #{cursor_x} #{cursor_y}')"; return 1; }
  tm send-keys -t "$S" Down
  poll cursor_at "1 2 5" || { FAILURE="cursor after Down: $(tm display -p -t "$S" '#{cursor_flag} #{cursor_x} #{cursor_y}')"; return 1; }
}
cursor_at() { [[ $(tm display -p -t "$S" '#{cursor_flag} #{cursor_x} #{cursor_y}') == "$1" ]]; }

test_reduced_motion() {
  start_app 100 30 xterm-256color 'exec "$@" --kiosk --idle 2 --reduced-motion'
  wait_kiosk_ready || return 1
  wait_for "Press any key to explore" || return 1
  local first
  first=$(capture)
  sleep 3
  [[ $(capture) == "$first" ]] || { FAILURE="the attract slide moved despite --reduced-motion"; return 1; }
}

# --- Kiosk mode and the presenter's tour --------------------------------------

# start_kiosk [OPTIONS...]: the app in kiosk mode with short timers.
start_kiosk() {
  start_app 100 30 xterm-256color 'exec "$@" --kiosk --idle 3 --attract-step 1 --log "'"$WORK/t$((session_count + 1)).log"'"'
}
# The kiosk's first frame: no Quit in its footer (it is locked), Help is.
wait_kiosk_ready() { wait_for "1 Timeline" && wait_row 29 "? Help" && poll pid_known; }
kiosk_log() { cat "$WORK/$S.log" 2>/dev/null | sed 's/^/'"$S"' log: /' || true; }

test_kiosk_attract() {
  start_kiosk
  wait_kiosk_ready || return 1
  # Move away from the start, so the reset is visible.
  tm send-keys -t "$S" 3
  wait_row 0 "Photo exhibition" || return 1
  wait_for "Press any key to explore" || return 1
  # The attract loop steps on by itself (1 s per slide).
  local first second
  first=$(capture | sed -n 4,12p)
  poll screen_changed_from "$first" || { FAILURE="the attract slide did not change"; return 1; }
  # The first key only ends the attract loop: "3" must not open the exhibition.
  tm send-keys -t "$S" 3
  wait_gone "Press any key to explore" || return 1
  wait_row 0 "Timeline › At a glance" || return 1
  grep -q "idle reset" "$WORK/$S.log" || { FAILURE="no idle reset in the log: $(kiosk_log)"; return 1; }
}
screen_changed_from() { [[ $(capture | sed -n 4,12p) != "$1" ]]; }

test_kiosk_lockdown() {
  start_kiosk
  wait_kiosk_ready || return 1
  tm send-keys -t "$S" q
  tm send-keys -t "$S" C-c
  tm send-keys -t "$S" C-z
  tm send-keys -t "$S" 'C-\'
  tm send-keys -t "$S" C-d
  tm send-keys -t "$S" F10
  tm send-keys -t "$S" Down
  # Still running, no quit question: the Down after the locked keys worked.
  wait_row 0 "Brussels conference" || return 1
  hides "Quit?" || { FAILURE="a locked key asked to quit"; return 1; }
  hides "EXIT=" || { FAILURE="the kiosk ended"; return 1; }
}

test_kiosk_operator_exit() {
  start_kiosk
  wait_kiosk_ready || return 1
  tm send-keys -t "$S" C-x C-q
  wait_for "Operator: quit the kiosk? (y/n)" || return 1
  tm send-keys -t "$S" n
  wait_gone "Operator: quit" || return 1
  tm send-keys -t "$S" C-x C-q
  wait_for "Operator: quit the kiosk? (y/n)" || return 1
  tm send-keys -t "$S" y
  wait_exit 0 || return 1
  grep -q "start" "$WORK/$S.log" && grep -q "stop: quit" "$WORK/$S.log" ||
    { FAILURE="start/stop missing from the log: $(kiosk_log)"; return 1; }
}

test_kiosk_sigterm() {
  start_kiosk
  wait_kiosk_ready || return 1
  kill -TERM "$(app_pid)"
  wait_exit 143 || return 1
  grep -q "stop: signal 15" "$WORK/$S.log" || { FAILURE="no stop in the log: $(kiosk_log)"; return 1; }
}

test_kiosk_crash_logged() {
  start_kiosk
  wait_kiosk_ready || return 1
  kill -SEGV "$(app_pid)"
  wait_exit 139 || return 1
  grep -Eq '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z crash signal 11$' "$WORK/$S.log" ||
    { FAILURE="no timestamped crash line in the log: $(kiosk_log)"; return 1; }
}

test_demo_tour() {
  start_app 100 30 xterm-256color 'exec "$@" demo --step 1'
  wait_for "Stop 1 of" || return 1
  wait_for "Stop 3 of" || return 1
  # Space pauses: the stop stays.
  tm send-keys -t "$S" Space
  wait_for "(paused)" || return 1
  local stop
  stop=$(capture | grep -o "Stop [0-9]* of" | head -1)
  sleep 2
  shows "$stop" || { FAILURE="the paused tour moved on from $stop"; return 1; }
  tm send-keys -t "$S" q
  wait_exit 0
}

at_last_stop() { capture | grep -Eq 'Stop ([0-9]+) of \1 '; }

# At its last stop the tour sleeps: no CPU while nothing changes.
test_demo_end_is_idle() {
  start_app 100 30 xterm-256color 'exec "$@" demo --step 0.05'
  poll pid_known || return 1
  # "Stop N of N", however many stops the content has.
  poll at_last_stop || { FAILURE="the tour never reached its last stop"; return 1; }
  local pid before after
  pid=$(app_pid)
  before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  sleep 1
  after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
  ((after - before <= 1)) || { FAILURE="$((after - before)) CPU ticks in 1 s at the tour's end"; return 1; }
}

# The deploy files: systemd's own check where systemd-analyze is installed.
test_deploy_units() {
  local deploy="$ROOT/Resources/deploy" dir="$WORK/units" out
  command -v systemd-analyze >/dev/null || { echo "#   (systemd-analyze not installed: parse check only)"; }
  mkdir -p "$dir/getty@tty1.service.d"
  cp "$deploy/iom-history-kiosk" "$dir/"
  # verify insists the command exists: point it at the copy.
  sed "s|/usr/local/bin/iom-history-kiosk|$dir/iom-history-kiosk|" \
    "$deploy/iom-history-kiosk.service" >"$dir/iom-history-kiosk.service"
  cp "$deploy/getty@tty1.service.d/autologin.conf" "$dir/getty@tty1.service.d/"
  sh -n "$deploy/iom-history-kiosk" || { FAILURE="wrapper: shell syntax"; return 1; }
  sh -n "$deploy/kiosk-profile.sh" || { FAILURE="kiosk-profile.sh: shell syntax"; return 1; }
  if command -v systemd-analyze >/dev/null; then
    # Warnings (an unknown key, say) fail the test too.
    out=$(cd "$dir" && systemd-analyze verify --man=no ./iom-history-kiosk.service 2>&1) ||
      { FAILURE="verify: $out"; return 1; }
    [[ -z $out ]] || { FAILURE="verify warned: $out"; return 1; }
    out=$(cd "$dir" && SYSTEMD_UNIT_PATH="$dir:" systemd-analyze verify --man=no getty@tty1.service 2>&1) ||
      { FAILURE="verify getty drop-in: $out"; return 1; }
    [[ -z $out ]] || { FAILURE="verify warned on the getty drop-in: $out"; return 1; }
  else
    grep -q '^ExecStart=' "$dir/iom-history-kiosk.service" && grep -q '^Restart=always' "$dir/iom-history-kiosk.service" ||
      { FAILURE="the unit lacks ExecStart or Restart=always"; return 1; }
  fi
  # The wrapper passes --kiosk and the options on, and keeps the status.
  out=$(IOM_HISTORY=/bin/echo sh "$deploy/iom-history-kiosk" --idle 120) || { FAILURE="wrapper failed"; return 1; }
  expect_eq "wrapper command line" "--kiosk --idle 120" "$out"
}

# --- Main ---------------------------------------------------------------------

# Global options need a running server: start it with a placeholder session.
# remain-on-exit keeps a dead pane readable; the history holds the plain text.
tm new-session -d -s keep -x 80 -y 24 "sleep 86400"
tm set -g remain-on-exit on
tm set -g history-limit 5000

run_test "first screen: the overview (1951, PICMME …) and the footer" test_first_screen
run_test "3 shows the photo exhibition with the credit © IOM" test_photo_pane
run_test "Enter opens the reading view, Escape returns to the list" test_reading_view
run_test "60x20 asks to enlarge, 100x30 restores the layout" test_resize
run_test "SIGTERM restores the terminal and ends with 143" test_sigterm
run_test "SIGINT restores the terminal and ends with 130" test_sigint
run_test "SIGHUP restores the terminal and ends with 129" test_sighup
run_test "a crash (SIGSEGV) restores the terminal" test_sigsegv
run_test "the app ends when its terminal goes away" test_terminal_vanishes
run_test "broken content: file, line and hint, exit 65" test_bad_content
run_test "the binary alone in an empty folder has all its content" test_binary_alone
run_test "command line: help, version, and mistakes named with exit 64" test_command_line
run_test "mouse: a click on the second tab (SGR, xterm-256color)" test_mouse_sgr
run_test "mouse: a click on the second tab (X10, screen-256color)" test_mouse_x10
run_test "TERM=vt100: no colour, reverse video for the selection, clean exit" test_term_vt100
run_test "TERM=linux: 8 colours, screen cleared on exit" test_term_linux
run_test "NO_COLOR=1: no colour escapes" test_no_color
run_test "LANG=C: typographic characters and umlauts still render" test_lang_c
run_test "no UTF-8 locale: ASCII frames and transliterations" test_ascii_only
run_test "paste, unknown sequences, Alt+key and F7 do nothing" test_stray_input
run_test "200 resizes, then the layout is right" test_resize_burst
run_test "L: German and back, keeping the place" test_language_toggle
run_test "--plain: a linear stream of what changed, no frames" test_plain_mode
run_test "--show-cursor: the cursor follows the selected item" test_show_cursor
run_test "--reduced-motion: the attract slide holds still" test_reduced_motion
run_test "kiosk: idle shows the attract loop; the first key returns home, swallowed" test_kiosk_attract
run_test "kiosk: q, Ctrl-C, Ctrl-Z, Ctrl-\\, Ctrl-D and F10 leave it running" test_kiosk_lockdown
run_test "kiosk: the operator sequence asks, n stays, y quits; start/stop logged" test_kiosk_operator_exit
run_test "kiosk: SIGTERM quits with the terminal restored, logged" test_kiosk_sigterm
run_test "kiosk: a crash restores the terminal and is logged" test_kiosk_crash_logged
run_test "demo --step 1 moves through the stops on its own; Space pauses" test_demo_tour
run_test "demo: idle once the tour has reached its last stop" test_demo_end_is_idle
run_test "deploy: systemd units verify, wrapper passes options on" test_deploy_units
run_test "q asks, n stays, q y quits with 0 and restores the terminal" test_quit
run_test "? shows the help, Escape closes it" test_help
run_test "Down/Up and j/k move the selection in the header" test_navigation
run_test "non-tty stdin and stdout: plain text, exit 0" test_plain_no_tty
run_test "stdin /dev/null on a tty: plain text, exit 0" test_plain_stdin_devnull
run_test "stdout piped from a tty: plain text, exit 0" test_plain_stdout_pipe
run_test "TERM=dumb: plain text, exit 0" test_term_dumb
run_test "TERM unset: plain text, exit 0" test_term_unset
run_test "80x24 fits the width, footer on the last row" test_size_80x24
run_test "160x50 fits the width, footer on the last row" test_size_160x50

source "$ROOT/Tests/e2e/search.sh"
source "$ROOT/Tests/e2e/qr.sh"
source "$ROOT/Tests/e2e/ssh.sh"
source "$ROOT/Tests/e2e/stats.sh"
source "$ROOT/Tests/e2e/recording.sh"
source "$ROOT/Tests/e2e/yaml-path.sh"
source "$ROOT/Tests/e2e/robustness.sh"
source "$ROOT/Tests/e2e/terminal-kit.sh"
source "$ROOT/Tests/e2e/content.sh"
source "$ROOT/Tests/e2e/photo-content.sh"
source "$ROOT/Tests/e2e/photos.sh"
source "$ROOT/Tests/e2e/search-axis.sh"
source "$ROOT/Tests/e2e/beyond.sh"

if ((skipped > 0)); then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
((failed == 0))
