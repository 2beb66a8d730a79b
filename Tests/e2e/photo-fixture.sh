# A content folder with a photo, and the app straight in a real xterm (no
# tmux between, which would answer the terminal's questions for it): for
# the photo tests (photos.sh) and the README's screenshots. Needs ROOT; the
# xterm part needs xterm.sh's display.

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

# xterm_direct COLS ROWS "XTERM OPTIONS" LOG APP ARGS...: the app in a new
# xterm window titled iom-direct; what it sends is recorded in LOG by
# script(1). Sets XTERM_DIRECT_PID.
xterm_direct() {
  local cols=$1 rows=$2 options=$3 log=$4 i
  shift 4
  local command="env LANG=C.UTF-8 TERM=xterm-256color SWIFT_BACKTRACE=interactive=no"
  local word
  for word in "$@"; do command+=" '$word'"; done
  # shellcheck disable=SC2086
  DISPLAY=$XTERM_DISPLAY xterm $options -title iom-direct -geometry "${cols}x${rows}+0+0" \
    -fa "DejaVu Sans Mono" -fs 12 -bg black -fg white \
    -e script -q -f -c "$command" "$log" >/dev/null 2>&1 &
  XTERM_DIRECT_PID=$!
  for i in $(seq 50); do
    DISPLAY=$XTERM_DISPLAY xwininfo -name iom-direct >/dev/null 2>&1 && break
    sleep 0.1
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

# xterm_direct_keys KEYS...: xdotool key names (3, Return, Escape, Down).
xterm_direct_keys() { DISPLAY=$XTERM_DISPLAY xdotool key "$@"; }

# xterm_direct_shot FILE: the window as a PNG.
xterm_direct_shot() {
  local id
  id=$(DISPLAY=$XTERM_DISPLAY xwininfo -name iom-direct 2>/dev/null | sed -n 's/.*Window id: \(0x[0-9a-f]*\).*/\1/p')
  [[ -n $id ]] || return 1
  DISPLAY=$XTERM_DISPLAY import -window "$id" "$1" 2>/dev/null
}

# Ends the app first (script(1) would outlive the xterm, and keep the app),
# then the xterm.
xterm_direct_close() {
  local script_pid
  script_pid=$(pgrep -P "$XTERM_DIRECT_PID" 2>/dev/null | head -1)
  [[ -n $script_pid ]] && { pkill -TERM -P "$script_pid" 2>/dev/null || true; }
  [[ -n $script_pid ]] && kill "$script_pid" 2>/dev/null
  kill "$XTERM_DIRECT_PID" 2>/dev/null || true
  wait "$XTERM_DIRECT_PID" 2>/dev/null || true
}
