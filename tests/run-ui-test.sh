#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs one UI test program on a private session bus (dbus-run-session) and its
# own X server (xvfb-run -a), with a runtime directory of its own: the
# accessibility bus puts its socket there (else in ~/.cache/at-spi, which
# every test run of the machine shares and removes on its way out). Only the
# program gets G_DEBUG=fatal-warnings, not the services the bus starts.
#
# Only the program writes to standard output, which is its TAP: the bus and
# the services it starts (the accessibility bus and its registry, which says
# "SpiRegistry daemon is running…") write there too, so they get standard
# error, and the program the original standard output, through descriptor 3.
#
# Usage: run-ui-test.sh PROGRAM [ARGUMENT…]
runtime=$(mktemp -d "${TMPDIR:-/tmp}/briefing-ui-test-XXXXXX")
trap 'rm -rf "$runtime"' EXIT INT TERM
fatal=$G_DEBUG
XDG_RUNTIME_DIR=$runtime
G_DEBUG=
export XDG_RUNTIME_DIR G_DEBUG
dbus-run-session -- env G_DEBUG="$fatal" \
  xvfb-run -a -s '-screen 0 1600x1200x24' \
  sh -c 'exec "$@" >&3 3>&-' sh "$@" 3>&1 1>&2
