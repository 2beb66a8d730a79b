# The app in a real xterm under Xvfb, for what only pixels show: QR codes
# (Tests/e2e/qr.sh) and the README's screenshots (docs/make-screenshots.sh).
# The app runs in a tmux session without a status line, which the xterm
# shows; keys go in with tmux send-keys. Needs BIN, and WORK for its files.

XTERM_DISPLAY=""  # set by xterm_start_display
XTERM_SOCKET="iom-xterm-$$"
xterm_count=0
xterm_tm() { tmux -L "$XTERM_SOCKET" -f /dev/null "$@"; }

# The tools that are missing, by Debian package, if any.
xterm_tools_missing() {
  local missing=()
  command -v Xvfb >/dev/null || missing+=(xvfb)
  command -v xterm >/dev/null || missing+=(xterm)
  command -v zbarimg >/dev/null || missing+=(zbar-tools)
  command -v import >/dev/null || missing+=(imagemagick)
  command -v xwininfo >/dev/null || missing+=(x11-utils)
  [[ -f /usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf ]] || missing+=(fonts-dejavu-core)
  echo "${missing[*]}"
}

xterm_start_display() {
  # A session that holds the tmux server up between the app's sessions: a
  # new session right after the last one ended can meet a server going down.
  xterm_tm new-session -d -s keep "sleep 86400" \; set -g status off || return 1
  # Room for 160x50 in cells of 10x20 pixels (a smaller screen cuts the window).
  # Xvfb takes the first free display and names it (-displayfd): a number of
  # our own choosing can meet another X server, in a CI host's shared
  # network namespace too, where the display's abstract socket lives. No
  # reset when the last client leaves: a terminal started then is refused.
  local number="$WORK/xvfb-display" i
  : >"$number"
  Xvfb -displayfd 3 -screen 0 1700x1100x24 -nolisten tcp -noreset 3>"$number" >/dev/null 2>&1 &
  XTERM_XVFB=$!
  for i in $(seq 50); do
    if [[ -s $number ]]; then
      XTERM_DISPLAY=":$(head -1 "$number")"
      DISPLAY=$XTERM_DISPLAY xdpyinfo >/dev/null 2>&1 && return 0
    fi
    sleep 0.1
  done
  return 1
}

# Waits for Xvfb to end: a display started next must not meet this one
# still going down (its clients were refused: "Can't open display").
xterm_stop_display() {
  xterm_tm kill-server 2>/dev/null || true
  if [[ -n ${XTERM_XVFB:-} ]]; then
    kill "$XTERM_XVFB" 2>/dev/null || true
    wait "$XTERM_XVFB" 2>/dev/null || true
  fi
}

# xterm_open COLS ROWS "KEYS" [APP OPTIONS]: the app at COLS x ROWS in a new
# xterm, once its first screen is up, with KEYS typed.
xterm_open() {
  local cols=$1 rows=$2 keys=$3 i
  shift 3
  XTERM_SESSION="x$((++xterm_count))"
  xterm_tm new-session -d -s "$XTERM_SESSION" -x "$cols" -y "$rows" \
    "env LANG=C.UTF-8 TERM=tmux-256color SWIFT_BACKTRACE=interactive=no $BIN $*"
  # An xterm whose window does not show is started again, twice at most
  # (see direct_terminal in photo-fixture.sh).
  for i in 1 2 3; do
    DISPLAY=$XTERM_DISPLAY xterm -title "iom-$XTERM_SESSION" -geometry "${cols}x${rows}+0+0" \
      -fa "DejaVu Sans Mono" -fs 12 -bg black -fg white \
      -e tmux -L "$XTERM_SOCKET" attach -t "$XTERM_SESSION" >/dev/null 2>&1 &
    XTERM_PID=$!
    xterm_window_shows "iom-$XTERM_SESSION" "$XTERM_PID" && break
    echo "xterm_open: no xterm window at try $i" >&2
    kill "$XTERM_PID" 2>/dev/null || true
    wait "$XTERM_PID" 2>/dev/null || true
  done
  for i in $(seq 50); do
    xterm_tm capture-pane -p -t "$XTERM_SESSION" 2>/dev/null | grep -q "1 Timeline\|1 Zeitleiste\|Press any key" && break
    sleep 0.1
  done
  # shellcheck disable=SC2086
  [[ -n $keys ]] && xterm_tm send-keys -t "$XTERM_SESSION" $keys
  return 0
}

# xterm_window_shows TITLE PID: whether the window TITLE shows within 5 s,
# while its terminal, PID, runs.
xterm_window_shows() {
  local i
  for i in $(seq 50); do
    DISPLAY=$XTERM_DISPLAY xwininfo -name "$1" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

# xterm_shot FILE: the xterm's window as a PNG.
xterm_shot() {
  local id
  id=$(DISPLAY=$XTERM_DISPLAY xwininfo -name "iom-$XTERM_SESSION" 2>/dev/null | sed -n 's/.*Window id: \(0x[0-9a-f]*\).*/\1/p')
  [[ -n $id ]] || return 1
  DISPLAY=$XTERM_DISPLAY import -window "$id" "$1" 2>/dev/null
}

xterm_close() {
  kill "$XTERM_PID" 2>/dev/null || true
  wait "$XTERM_PID" 2>/dev/null || true
  xterm_tm kill-session -t "$XTERM_SESSION" 2>/dev/null || true
}
