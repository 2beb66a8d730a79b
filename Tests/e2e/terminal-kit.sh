# End-to-end tests of the terminal session (branch terminal-kit): signals,
# stop and continue, redrawing, and a terminal that stops taking output.
# Sourced by run.sh, whose helpers they use.

# The modes a restored terminal has: no mouse reports, keypad transmit off.
mouse_and_keypad() {
  tm display -p -t "$S" '#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_sgr_flag} #{keypad_flag}'
}

# restoring_signal_test NAME NUMBER: a signal the app has no other use for
# restores the terminal, mouse and keypad included, and kills it.
restoring_signal_test() {
  start_app 100 30
  wait_ready || return 1
  kill -"$1" "$(app_pid)" || { FAILURE="could not send SIG$1"; return 1; }
  wait_exit "$((128 + $2))" || return 1
  expect_eq "mouse and keypad modes after SIG$1" "0000 0" "$(mouse_and_keypad)"
}
test_sigusr1() { restoring_signal_test USR1 10; }
test_sigalrm() { restoring_signal_test ALRM 14; }
test_sigrtmin() { restoring_signal_test RTMIN "$(kill -l RTMIN)"; }

# SIGPIPE and SIGXFSZ are ignored: writes fail instead, and the kiosk lives.
test_sigpipe_ignored() {
  start_app 100 30
  wait_ready || return 1
  kill -PIPE "$(app_pid)"
  kill -XFSZ "$(app_pid)"
  tm send-keys -t "$S" Down
  wait_row 0 "Brussels conference" || return 1
  hides "EXIT=" || { FAILURE="SIGPIPE or SIGXFSZ ended the app"; return 1; }
}

# A shell with job control runs the app in the foreground; after the app
# stops, the shell waits for the test's go-ahead ($PIDFILE.go), then `fg`.
JOB_CONTROL='set -m; "$@" & echo $! > "$0"; fg %1; while [ ! -e "$0.go" ]; do sleep 0.1; done; fg %1'

modes_are() { [[ $(tm display -p -t "$S" '#{alternate_on} #{cursor_flag}') == "$1" ]]; }
process_stopped() { [[ $(ps -o stat= -p "$1" 2>/dev/null) == T* ]]; }

# SIGTSTP (Ctrl-Z where the terminal sends it): the terminal is given back
# while the app is stopped; `fg` sets its modes again and redraws it whole.
test_stop_and_fg() {
  start_app 100 30 xterm-256color "$JOB_CONTROL"
  wait_ready || return 1
  local pid
  pid=$(app_pid)
  kill -TSTP "$pid"
  poll process_stopped "$pid" || { FAILURE="SIGTSTP did not stop the app"; return 1; }
  poll modes_are "0 1" || { FAILURE="stopped with the alternate screen on or the cursor hidden"; return 1; }
  expect_eq "mouse and keypad while stopped" "0000 0" "$(mouse_and_keypad)" || return 1
  touch "$PIDFILE.go"
  poll modes_are "1 0" || { FAILURE="fg did not give the app its screen back"; return 1; }
  wait_row 1 "1 Timeline   2 Work areas   3 Photo exhibition" || return 1
  wait_row 29 "q Quit" || return 1
  tm send-keys -t "$S" Down
  wait_row 0 "Brussels conference" || return 1
  tm send-keys -t "$S" q y
  wait_exit 0
}

# Writes TEXT on the pane's screen behind the app's back, at row 6, column 6.
scribble() { printf '\033[6;6H%s' "$1" >"$(tm display -p -t "$S" '#{pane_tty}')"; }

# SIGSTOP cannot be caught; on SIGCONT the app draws its screen whole again.
test_continue_redraws() {
  start_app 100 30
  wait_ready || return 1
  local pid
  pid=$(app_pid)
  kill -STOP "$pid"
  poll process_stopped "$pid" || { FAILURE="SIGSTOP did not stop the app"; return 1; }
  scribble "SCRIBBLED-WHILE-STOPPED"
  wait_for "SCRIBBLED-WHILE-STOPPED" || return 1
  kill -CONT "$pid"
  wait_gone "SCRIBBLED-WHILE-STOPPED" || return 1
  wait_for "1951  Brussels conference"
}

# redraw_test KIOSK: Ctrl-L draws the whole screen again.
redraw_test() {
  if [[ $1 == kiosk ]]; then start_kiosk; wait_kiosk_ready || return 1; else start_app 100 30; wait_ready || return 1; fi
  scribble "SCRIBBLED-BY-SOMEONE"
  wait_for "SCRIBBLED-BY-SOMEONE" || return 1
  tm send-keys -t "$S" C-l
  wait_gone "SCRIBBLED-BY-SOMEONE" || return 1
  wait_for "1951  Brussels conference" || return 1
  wait_row 1 "1 Timeline   2 Work areas   3 Photo exhibition"
}
test_ctrl_l() { redraw_test browse; }
test_ctrl_l_kiosk() { redraw_test kiosk; }

# A terminal that stops taking output (XOFF): keys and timers go on, and
# SIGTERM ends the app within seconds (Tests/e2e/stalled-terminal.py).
test_stalled_terminal() {
  command -v python3 >/dev/null || { FAILURE="python3 is not installed"; return 1; }
  local out
  out=$(python3 "$ROOT/Tests/e2e/stalled-terminal.py" "$BIN" "$WORK/stalled.log" 2>&1) ||
    { FAILURE="$out"; return 1; }
}

run_test "SIGUSR1 restores the terminal (mouse, keypad too) and ends with 138" test_sigusr1
run_test "SIGALRM restores the terminal and ends with 142" test_sigalrm
run_test "SIGRTMIN restores the terminal and ends by it" test_sigrtmin
run_test "SIGPIPE and SIGXFSZ are ignored" test_sigpipe_ignored
run_test "SIGTSTP gives the terminal back; fg sets the modes and redraws" test_stop_and_fg
run_test "SIGCONT after SIGSTOP redraws the whole screen" test_continue_redraws
run_test "Ctrl-L redraws the whole screen" test_ctrl_l
run_test "Ctrl-L redraws the whole screen in kiosk mode" test_ctrl_l_kiosk
run_test "output stopped (XOFF): keys and timers go on, SIGTERM ends it" test_stalled_terminal
