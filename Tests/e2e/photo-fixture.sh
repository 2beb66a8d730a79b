# A content folder with a photo, and the app straight in a real xterm or
# kitty (no tmux between, which would answer the terminal's questions for
# it): for the photo tests (photos.sh) and the README's screenshots. Needs
# ROOT; the terminal part needs xterm.sh's display.

PHOTO_ALT="Four colour bars, red, green, blue and white"
PHOTO_ALT_DE="Vier Farbbalken, rot, grün, blau und weiß"

# make_photo_content DIR: a copy of the built-in content in DIR whose first
# caption has a photo of four colour bars (red, green, blue, white; 800x240).
make_photo_content() {
  local dir=$1
  [[ -f $dir/photos/bars.png ]] && return 0
  mkdir -p "$dir/photos"
  cp "$ROOT"/Resources/*.yaml "$ROOT/Resources/SOURCES.md" "$dir/"
  convert -size 200x240 xc:'#ff0000' xc:'#00ff00' xc:'#0000ff' xc:'#ffffff' +append \
    "$dir/photos/bars.png" || return 1
  python3 - "$dir/exhibition.yaml" "$PHOTO_ALT" "$PHOTO_ALT_DE" <<'PY'
import sys
path, alt, alt_de = sys.argv[1:4]
text = open(path, encoding="utf-8").read()
first = "  - id: emigrants-flight-1957\n"
assert first in text
photo = f"    image: photos/bars.png\n    alt:\n      en: {alt}\n      de: {alt_de}\n"
open(path, "w", encoding="utf-8").write(text.replace(first, first + photo, 1))
PY
}

# direct_terminal COLS ROWS "TERMINAL [OPTIONS]" LOG APP ARGS...: the app in
# a new window titled iom-direct of TERMINAL, xterm or kitty; what it sends
# is recorded in LOG by script(1), and the app's exit status after it; the
# terminal's own errors go to LOG.terminal. Sets DIRECT_PID and DIRECT_LOG.
# A terminal that ends before its window shows is started again, twice at
# most; DIRECT_RETRIES then says why. (An xterm did here, three times in
# some 80 runs, with "Can't open display" on a display just started, before
# Xvfb ran with -noreset; CI's one lost screenshot may have been that.)
direct_terminal() {
  local cols=$1 rows=$2 terminal=$3 log=$4 attempt i
  shift 4
  DIRECT_LOG=$log
  DIRECT_RETRIES=""
  for attempt in 1 2 3; do
    direct_window "$cols" "$rows" "$terminal" "$log" "$@" && break
    DIRECT_RETRIES+="no window at try $attempt: $(direct_report). "
    direct_close
    ((attempt < 3)) || return 1
  done
  # Until the app's first frame is up (script has recorded it), so that no
  # key typed next is lost; then the pointer over the window gives it the
  # keyboard (there is no window manager).
  for i in $(seq 100); do
    grep -qa "Timeline" "$log" 2>/dev/null && break
    sleep 0.1
  done
  DISPLAY=$XTERM_DISPLAY xdotool mousemove 20 20
}

# direct_window COLS ROWS "TERMINAL [OPTIONS]" LOG APP ARGS...: starts the
# terminal, in DejaVu Sans Mono 12 and the app's own TERM; fails unless its
# window shows within 5 s.
direct_window() {
  local cols=$1 rows=$2 log=$4 word
  local -a terminal launch
  read -ra terminal <<<"$3"
  shift 4
  local command="env LANG=C.UTF-8 SWIFT_BACKTRACE=interactive=no"
  for word in "$@"; do command+=" '$word'"; done
  command+='; echo "[the app exited with $?]"'
  local record=(script -q -f -c "$command" "$log")
  case ${terminal[0]} in
    kitty)
      # No user's kitty.conf; kitty sets TERM=xterm-kitty itself.
      launch=(kitty --config NONE --title iom-direct -o "font_family=DejaVu Sans Mono"
        -o font_size=12 -o "initial_window_width=${cols}c" -o "initial_window_height=${rows}c"
        -o remember_window_size=no "${terminal[@]:1}" "${record[@]}") ;;
    *)
      launch=(xterm "${terminal[@]:1}" -title iom-direct -geometry "${cols}x${rows}+0+0"
        -fa "DejaVu Sans Mono" -fs 12 -bg black -fg white -tn xterm-256color -e "${record[@]}") ;;
  esac
  rm -f "$log" "$log.terminal"
  DISPLAY=$XTERM_DISPLAY "${launch[@]}" >/dev/null 2>"$log.terminal" &
  DIRECT_PID=$!
  xterm_window_shows iom-direct "$DIRECT_PID"
}

# direct_keys KEYS...: xdotool key names (3, Return, Escape, Down).
direct_keys() { DISPLAY=$XTERM_DISPLAY xdotool key "$@"; }

# direct_shot FILE: the window as a PNG.
direct_shot() {
  local id
  id=$(DISPLAY=$XTERM_DISPLAY xwininfo -name iom-direct 2>/dev/null | sed -n 's/.*Window id: \(0x[0-9a-f]*\).*/\1/p')
  [[ -n $id ]] || return 1
  DISPLAY=$XTERM_DISPLAY import -window "$id" "$1" 2>/dev/null
}

# What became of the direct terminal, in a line or two, for a shot that
# failed: whether it still runs, the app's exit status, the terminal's errors.
direct_report() {
  local log=$DIRECT_LOG terminal="the terminal runs" app="the app runs" more=""
  kill -0 "$DIRECT_PID" 2>/dev/null || terminal="the terminal has ended"
  if [[ ! -e $log ]]; then
    app="the app never started"
  elif grep -qaE "the app exited with [0-9]+" "$log"; then
    app=$(grep -aoE "the app exited with [0-9]+" "$log" | tail -1)
  fi
  [[ -e $log ]] && ! grep -qa "Timeline" "$log" && more+="; its first screen never came"
  # The first line (the terminal's own complaint) and the last (for xterm,
  # Xt's message name: all Xt gives a root user).
  [[ -s $log.terminal ]] &&
    more+="; it said: $(head -1 "$log.terminal" | head -c 150) … $(grep -v "^[[:space:]]*$" "$log.terminal" | tail -1 | tail -c 150)"
  DISPLAY=$XTERM_DISPLAY xdpyinfo >/dev/null 2>&1 || more+="; the X server is gone"
  echo "$terminal, $app$more"
}

# Ends the app first (script(1) would outlive the terminal, and keep the
# app), then the terminal. script's child leads a session of its own, the
# shell and the app in it: the whole session is ended.
direct_close() {
  local script_pid session
  script_pid=$(pgrep -x -P "$DIRECT_PID" script 2>/dev/null | head -1)
  [[ -n $script_pid ]] && session=$(pgrep -P "$script_pid" 2>/dev/null | head -1)
  [[ -n ${session:-} ]] && { pkill -TERM -s "$session" 2>/dev/null || true; }
  [[ -n $script_pid ]] && kill "$script_pid" 2>/dev/null
  kill "$DIRECT_PID" 2>/dev/null || true
  wait "$DIRECT_PID" 2>/dev/null || true
}
