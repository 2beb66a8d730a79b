# The exhibition over SSH (sourced by run.sh): the test's own sshd on a
# loopback port, a throwaway host key, the shipped drop-in, and a test
# account whose login shell is iom-history-shell.

SSH_PORT=$((22000 + $$ % 1000))
SSH_USER="iom-e2e-visitor"
SSH_DIR="$WORK/ssh"
ssh_client() {
  ssh -p "$SSH_PORT" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
    -o LogLevel=ERROR -o BatchMode=no -o ConnectTimeout=5 "$@"
}

ssh_setup() {
  local shell_bin
  shell_bin="$(dirname "$BIN")/iom-history-shell"
  [[ -x $shell_bin ]] || { echo "# no iom-history-shell beside $BIN"; return 1; }
  # The account runs what sits in a folder every user may enter.
  mkdir -p "$SSH_DIR/bin" && chmod 755 "$WORK" "$SSH_DIR" "$SSH_DIR/bin"
  cp "$BIN" "$SSH_DIR/bin/iom-history" && cp "$shell_bin" "$SSH_DIR/bin/iom-history-shell"
  id "$SSH_USER" >/dev/null 2>&1 || useradd --system --no-create-home --home-dir / \
    --shell "$SSH_DIR/bin/iom-history-shell" "$SSH_USER" || return 1
  usermod --shell "$SSH_DIR/bin/iom-history-shell" "$SSH_USER" 2>/dev/null
  passwd -d "$SSH_USER" >/dev/null || return 1
  ssh-keygen -q -t ed25519 -N "" -f "$SSH_DIR/host_key" || return 1
  # The shipped drop-in, for the test's account and programs.
  sed -e "s|Match User iom-exhibit|Match User $SSH_USER|" \
    -e "s|/usr/local/bin/iom-history-shell|$SSH_DIR/bin/iom-history-shell|" \
    "$ROOT/Resources/deploy/ssh/iom-history.conf" >"$SSH_DIR/iom-history.conf"
  cat >"$SSH_DIR/sshd_config" <<CONFIG
Port $SSH_PORT
ListenAddress 127.0.0.1
HostKey $SSH_DIR/host_key
PidFile $SSH_DIR/sshd.pid
UsePAM yes
Include $SSH_DIR/iom-history.conf
CONFIG
  mkdir -p /run/sshd
  /usr/sbin/sshd -t -f "$SSH_DIR/sshd_config" || { echo "# sshd -t refused the drop-in"; return 1; }
  /usr/sbin/sshd -f "$SSH_DIR/sshd_config" -E "$SSH_DIR/sshd.log" || return 1
  local i
  for i in $(seq 50); do [[ -s $SSH_DIR/sshd.pid ]] && return 0; sleep 0.1; done
  return 1
}

ssh_teardown() {
  [[ -s $SSH_DIR/sshd.pid ]] && kill "$(cat "$SSH_DIR/sshd.pid")" 2>/dev/null
  # Any session of the test's account still open ends with it.
  pkill -u "$SSH_USER" 2>/dev/null || true
  userdel "$SSH_USER" 2>/dev/null || true
}

test_ssh_browse_and_quit() {
  start_app 100 30 xterm-256color \
    "exec ssh -tt -p $SSH_PORT -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR $SSH_USER@127.0.0.1"
  wait_for "1 Timeline" || return 1
  tm send-keys -t "$S" Down
  wait_row 0 "Brussels conference" || return 1
  # A remote visitor may quit, unlike one at the kiosk.
  tm send-keys -t "$S" q
  wait_for "Quit? (y/n)" || return 1
  tm send-keys -t "$S" y
  wait_scrollback "EXIT=0" || return 1
}

test_ssh_german() {
  start_app 100 30 xterm-256color \
    "LANG=de_DE.UTF-8 exec ssh -tt -o SendEnv=LANG -p $SSH_PORT -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR $SSH_USER@127.0.0.1"
  wait_for "1 Zeitleiste" || return 1
}

test_ssh_nothing_else() {
  local out
  # A command of the client's choosing: the exhibition as text instead.
  out=$(ssh_client "$SSH_USER@127.0.0.1" /bin/sh -c id </dev/null 2>&1)
  [[ $out == *"IOM and Germany"* && $out != *"uid="* ]] || { FAILURE="a command ran: ${out:0:200}"; return 1; }
  # Forwarding of any kind is refused.
  if ssh_client -W 127.0.0.1:"$SSH_PORT" "$SSH_USER@127.0.0.1" </dev/null >"$SSH_DIR/w" 2>&1; then
    FAILURE="ssh -W was allowed"; return 1
  fi
  if ssh_client -N -o ExitOnForwardFailure=yes -R 127.0.0.1:$((SSH_PORT + 1)):127.0.0.1:"$SSH_PORT" \
    "$SSH_USER@127.0.0.1" </dev/null >/dev/null 2>&1; then
    FAILURE="ssh -R was allowed"; return 1
  fi
  local forward=$((SSH_PORT + 2)) banner=""
  ssh_client -N -L 127.0.0.1:$forward:127.0.0.1:"$SSH_PORT" "$SSH_USER@127.0.0.1" </dev/null >/dev/null 2>&1 &
  local tunnel=$!
  sleep 1
  banner=$(timeout 3 bash -c "exec 3<>/dev/tcp/127.0.0.1/$forward && head -c 7 <&3" 2>/dev/null || true)
  # The ssh client is the background subshell's child: end it, not only the subshell.
  pkill -P "$tunnel" 2>/dev/null || true
  kill "$tunnel" 2>/dev/null
  [[ $banner != SSH-2.0 ]] || { FAILURE="ssh -L reached the server behind it"; return 1; }
  # Files neither way.
  echo secret >"$SSH_DIR/file"
  if timeout 10 sftp -b - -P "$SSH_PORT" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
    "$SSH_USER@127.0.0.1" <<<"ls /" >/dev/null 2>&1; then
    FAILURE="sftp worked"; return 1
  fi
  timeout 10 scp -P "$SSH_PORT" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null \
    "$SSH_DIR/file" "$SSH_USER@127.0.0.1:/tmp/iom-e2e-scp-$$" >/dev/null 2>&1 || true
  [[ ! -e /tmp/iom-e2e-scp-$$ ]] || { rm -f "/tmp/iom-e2e-scp-$$"; FAILURE="scp wrote a file"; return 1; }
  grep -q "Accepted none for $SSH_USER" "$SSH_DIR/sshd.log" || { FAILURE="no login seen by sshd"; return 1; }
}

if [[ $(id -u) != 0 ]]; then
  echo "# ssh: skipped, the test's sshd and account need root"
  skipped=$((skipped + 1))
elif ! command -v /usr/sbin/sshd >/dev/null || ! command -v ssh >/dev/null; then
  echo "not ok - ssh: openssh-server and openssh-client are not installed (.ci/run installs them)"
  failed=$((failed + 1))
elif ssh_setup; then
  run_test "ssh: the exhibition in a remote terminal; browse, q y quits" test_ssh_browse_and_quit
  run_test "ssh: a German LANG sent by the client starts in German" test_ssh_german
  run_test "ssh: no command, -W, -R, -L, sftp or scp gets anything but the exhibition" test_ssh_nothing_else
  ssh_teardown
else
  echo "not ok - ssh: the test's sshd did not start"
  { sed 's/^/#   /' "$SSH_DIR/sshd.log" 2>/dev/null | tail -5; } || true
  failed=$((failed + 1))
  ssh_teardown
fi
