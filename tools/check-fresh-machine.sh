#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Tries the README's two set-up commands as a new user would, on a brand-new
# Debian 12: builds a fresh root with mmdebstrap (nothing in it but apt),
# clones the committed tree into it, and runs the commands of the README's
# "Try it" block exactly as written there, each in a new login shell with an
# empty environment, as a person opening a new terminal would.
#
# The first command (build and open the app) may stop at "cannot open display":
# the root has none. The last (the test suite) must pass with no test failed or
# skipped. Prints the test summary; removes every mount and the root at the end,
# also when interrupted.
#
# usage: tools/check-fresh-machine.sh [--keep] [--rev REV] [SUITE]
#   --keep     leave the root in place (its path is printed) for a look inside
#   --rev REV  the commit to clone (default HEAD)
#   SUITE      the Debian release (default bookworm)
# Needs root (or sudo), mmdebstrap and git; installs mmdebstrap when missing.
set -euo pipefail

keep=false
rev=HEAD
suite=bookworm
while [ $# -gt 0 ]; do
  case $1 in
    --keep) keep=true ;;
    --rev) rev=$2; shift ;;
    -h|--help) sed -n '3,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option: $1" >&2; exit 2 ;;
    *) suite=$1 ;;
  esac
  shift
done

top=$(cd "$(dirname "$0")/.." && pwd)

if [ "$(id -u)" -ne 0 ]; then
  exec sudo --preserve-env=TMPDIR "$0" "$@"
fi
for tool in git unshare chroot; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: apt-get install git util-linux coreutils" >&2; exit 2; }
done
if ! command -v mmdebstrap >/dev/null; then
  echo "Installing mmdebstrap"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends mmdebstrap >/dev/null
fi

# The README's two commands, read from its first ```sh block after "## Try it",
# comments stripped.
mapfile -t commands < <(awk '
  /^## Try it/ { section = 1; next }
  /^## / { section = 0 }
  section && /^```sh/ { block = 1; next }
  block && /^```/ { exit }
  block { sub(/[ \t]+#.*$/, ""); if ($0 != "") print }
' "$top/README.md")
if [ ${#commands[@]} -ne 2 ]; then
  echo "README.md: expected two commands in the \"Try it\" block, found ${#commands[@]}" >&2
  exit 2
fi

commit=$(git -C "$top" rev-parse --verify "$rev^{commit}")
root=$(mktemp -d "${TMPDIR:-/var/tmp}/briefing-fresh.XXXXXX")
log=$root.log

cleanup () {
  local status=$?
  trap - EXIT INT TERM HUP
  # The mounts live in a private mount namespace (below) and went with it;
  # a process still running in the root would keep files busy.
  if [ -d "$root" ]; then
    for pid in $(ls /proc | grep -E '^[0-9]+$'); do
      [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$root" ] && kill -KILL "$pid" 2>/dev/null || true
    done
  fi
  if $keep; then
    echo "The root is kept at $root"
  else
    rm -rf --one-file-system "$root" "$log"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

echo "=== A new Debian $suite root in $root"
# The host's own apt sources, so the root sees the same archive the machine does.
sources=()
for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
  [ -s "$file" ] && sources+=("$file")
done
mmdebstrap --variant=apt --quiet "$suite" "$root" "${sources[@]}" >"$log" 2>&1 || {
  cat "$log" >&2; echo "mmdebstrap failed" >&2; exit 1
}

echo "=== Cloning $commit into /root/briefing"
git clone -q --no-hardlinks "$top" "$root/root/briefing"
git -C "$root/root/briefing" checkout -q --detach "$commit"

# Everything below runs in a private mount namespace: /proc, /dev, /tmp and
# /dev/shm are mounted for the root there only, and vanish with the namespace
# whatever happens to this script.
# shellcheck disable=SC2016
unshare --mount --propagation private -- bash -euo pipefail -c '
  root=$1; shift
  mount -t proc proc "$root/proc"
  mount --rbind /dev "$root/dev"
  mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"
  mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
  mount -t tmpfs -o mode=755 tmpfs "$root/run"

  # A new terminal: a login shell, an empty environment but what a terminal sets.
  in_new_shell () {
    env -i HOME=/root TERM=dumb LANG=C.UTF-8 USER=root LOGNAME=root SHELL=/bin/bash \
      /usr/sbin/chroot "$root" /bin/bash --login -c "cd /root/briefing && $1"
  }

  echo "=== \$ $1"
  set +e
  in_new_shell "$1" >"$root/tmp/first.log" 2>&1
  status=$?
  set -e
  tail -n 5 "$root/tmp/first.log"
  if [ $status -ne 0 ] && ! grep -qi "cannot open display" "$root/tmp/first.log"; then
    echo "The first command failed (exit $status):"; cat "$root/tmp/first.log"; exit 1
  fi

  echo "=== \$ $2"
  set +e
  in_new_shell "$2" >"$root/tmp/tests.log" 2>&1
  status=$?
  set -e
  if [ $status -ne 0 ]; then
    # What the README command printed, then the log of each test that did not pass.
    cat "$root/tmp/tests.log"
    testlog=$root/root/briefing/build/meson-logs/testlog.txt
    [ -f "$testlog" ] && awk '"'"'
      /^=+ [0-9]+\/[0-9]+ =+$/ { if (bad) printf "%s", block; block = ""; bad = 0 }
      /^result: / && !/exit status 0$/ { bad = 1 }
      { block = block $0 "\n" }
      END { if (bad) printf "%s", block }
    '"'"' "$testlog" | head -n 400
  fi
  grep -E "^ *[0-9]+/[0-9]+ " "$root/tmp/tests.log" || true
  sed -n "/^Ok:/,/^Timeout:/p" "$root/tmp/tests.log"
  skipped=$(sed -n "s/^Skipped: *\([0-9]*\).*/\1/p" "$root/tmp/tests.log")
  [ $status -eq 0 ] || { echo "The test command failed (exit $status)"; exit 1; }
  [ "${skipped:-0}" -eq 0 ] || { echo "$skipped tests were skipped"; exit 1; }
' check-fresh-machine "$root" "${commands[0]}" "${commands[1]}"

echo "=== PASS: the README's two commands work on a fresh Debian $suite"
