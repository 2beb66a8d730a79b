# Append to ~iom-kiosk/.profile for the getty autologin set-up: on tty1 the
# login shell becomes the kiosk; elsewhere (an SSH session) it stays a shell.
if [ "$(tty)" = /dev/tty1 ]; then
  [ -r /etc/default/iom-history ] && . /etc/default/iom-history
  # shellcheck disable=SC2086 # the options are meant to split into words
  exec /usr/local/bin/iom-history-kiosk ${IOM_KIOSK_OPTIONS:-}
fi
