#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The double-click test. Installs Briefing into a temporary directory, registers
# its MIME type, launcher and D-Bus service there, then, under a private X server
# and session bus, opens two reports with `gio open` as a file manager does:
# - a .briefing file has the type application/x-briefing+json, whose default
#   application is Briefing;
# - the first open starts Briefing through D-Bus activation, with a window titled
#   after the report;
# - the second open reaches the same running instance, which shows a second window.
# Then a TimelineJS timeline, a type Briefing offers to open without claiming it,
# opens through "Open With" (gio launch) in the running instance.
#
# usage: test-desktop-integration.sh BUILDDIR BINDIR DATADIR
#   BINDIR and DATADIR are the absolute installation paths the build was set up with.
# TAP output; skipped (an empty plan) when a tool it needs is missing.
set -uo pipefail

app_id=io.github.briefing.Briefing
mime_type=application/x-briefing+json
first_title="Desktop test: the first report"
second_title="Desktop test: the second report"
timeline_title="Desktop test: a TimelineJS timeline"

# ---------------------------------------------------------------------------
# Inside xvfb-run and dbus-run-session: the part that opens the reports.
# ---------------------------------------------------------------------------
if [ "${1:-}" = "--inside-session" ]; then
  program=$2 first=$3 second=$4 timeline=$5 desktop=$6
  status=0

  # Prints the id of the top-level window titled $1, or nothing.
  window_titled () {
    xwininfo -root -tree 2>/dev/null | awk -v name=" \"$1\": " 'index($0, name) { print $1; exit }'
  }

  # Waits up to 30 s for a window titled $1; prints its id.
  wait_for_window () {
    local id
    for _ in $(seq 300); do
      id=$(window_titled "$1")
      if [ -n "$id" ]; then echo "$id"; return 0; fi
      sleep 0.1
    done
    return 1
  }

  owner_pid () {
    gdbus call --session --dest org.freedesktop.DBus --object-path /org/freedesktop/DBus \
      --method org.freedesktop.DBus.GetConnectionUnixProcessID "$app_id" 2>/dev/null \
      | sed -n 's/^(uint32 \([0-9]*\),)$/\1/p'
  }

  window_pid () {
    xprop -id "$1" _NET_WM_PID 2>/dev/null | sed -n 's/^_NET_WM_PID(CARDINAL) = \([0-9]*\)$/\1/p'
  }

  # The processes running this installed program (its path is unique to this test).
  instances () {
    local n=0 exe
    for exe in /proc/[0-9]*/exe; do
      [ "$(readlink "$exe" 2>/dev/null)" = "$program" ] && n=$((n + 1))
    done
    echo "$n"
  }

  gio open "$first" || echo "# gio open $first failed"
  if first_window=$(wait_for_window "$first_title"); then
    pid=$(owner_pid)
    cmdline=$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null)
    if [ -n "$pid" ] && [ "$(readlink "/proc/$pid/exe")" = "$program" ] \
       && [[ "$cmdline" == *--gapplication-service* ]] \
       && [ "$(window_pid "$first_window")" = "$pid" ]; then
      echo "ok 5 - gio open started Briefing through D-Bus activation, showing “$first_title”"
    else
      echo "not ok 5 - the window “$first_title” does not belong to the D-Bus activated Briefing"
      echo "# name owner: ${pid:-none} ($cmdline), window of process $(window_pid "$first_window")"
      status=1
    fi
  else
    echo "not ok 5 - gio open showed no window titled “$first_title” within 30 s"
    xwininfo -root -tree | sed 's/^/# /'
    status=1
    pid=$(owner_pid)
  fi

  gio open "$second" || echo "# gio open $second failed"
  if second_window=$(wait_for_window "$second_title"); then
    if [ -n "$pid" ] && [ "$(owner_pid)" = "$pid" ] \
       && [ "$(window_pid "$second_window")" = "$pid" ]; then
      echo "ok 6 - the second report opened in the running instance"
    else
      echo "not ok 6 - the second report opened in another process ($(window_pid "$second_window"), not ${pid:-none})"
      status=1
    fi
  else
    echo "not ok 6 - the second gio open showed no window titled “$second_title” within 30 s"
    xwininfo -root -tree | sed 's/^/# /'
    status=1
  fi

  n=$(instances)
  if [ "$n" = 1 ] && [ -n "$(window_titled "$first_title")" ] && [ -n "$(window_titled "$second_title")" ]; then
    echo "ok 7 - one Briefing process with the two report windows"
  else
    echo "not ok 7 - $n Briefing processes; windows:"
    xwininfo -root -tree | sed 's/^/# /'
    status=1
  fi

  # "Open With Briefing" on a TimelineJS timeline, which is not Briefing's own type.
  gio launch "$desktop" "$timeline" 2>/dev/null &
  if timeline_window=$(wait_for_window "$timeline_title"); then
    echo "ok 8 - Open With Briefing shows the TimelineJS timeline “$timeline_title”"
  else
    echo "not ok 8 - gio launch showed no window titled “$timeline_title” within 30 s"
    xwininfo -root -tree | sed 's/^/# /'
    status=1
  fi

  # End the instance this test started, by its process id.
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  exit $status
fi

# ---------------------------------------------------------------------------
# Outside: install, register, check the type and the default application.
# ---------------------------------------------------------------------------
if [ $# -ne 3 ]; then
  echo "usage: $0 BUILDDIR BINDIR DATADIR" >&2
  exit 2
fi
builddir=$1 bindir=$2 datadir=$3
status=0

for tool in meson gio gdbus update-mime-database update-desktop-database glib-compile-schemas \
            xvfb-run xauth dbus-run-session xwininfo xprop; do
  if ! command -v "$tool" >/dev/null; then
    echo "1..0 # SKIP $tool is not installed"
    exit 0
  fi
done

echo "1..8"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/briefing-desktop-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

root=$tmp/root
if ! meson install -C "$builddir" --no-rebuild --destdir "$root" > "$tmp/install.log" 2>&1; then
  echo "Bail out! meson install failed:"
  sed 's/^/# /' "$tmp/install.log"
  exit 1
fi
bin=$root$bindir
share=$root$datadir

# The service file names the program by its final path: point it at this copy.
service=$share/dbus-1/services/$app_id.service
sed -i "s|^Exec=$bindir/|Exec=$bin/|" "$service"

if ! { update-mime-database "$share/mime" && update-desktop-database "$share/applications" \
       && glib-compile-schemas "$share/glib-2.0/schemas"; } > "$tmp/update.log" 2>&1; then
  echo "Bail out! updating the installed databases failed:"
  sed 's/^/# /' "$tmp/update.log"
  exit 1
fi

# A desktop session that sees this installation first and nobody's own settings.
mkdir -p "$tmp/home/data" "$tmp/home/config" "$tmp/home/cache" "$tmp/xdg" "$tmp/run" "$tmp/reports"
chmod 700 "$tmp/run"
export HOME=$tmp/home
export XDG_DATA_HOME=$tmp/home/data XDG_CONFIG_HOME=$tmp/home/config XDG_CACHE_HOME=$tmp/home/cache
export XDG_CONFIG_DIRS=$tmp/xdg XDG_RUNTIME_DIR=$tmp/run
export XDG_DATA_DIRS=$share:/usr/local/share:/usr/share
# GIO skips a desktop file whose Exec program is not on PATH.
export PATH=$bin:$PATH
export GDK_BACKEND=x11 GTK_A11Y=none GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1
unset GSETTINGS_SCHEMA_DIR DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY G_DEBUG

first=$tmp/reports/Morning\ briefing.briefing
second=$tmp/reports/evening.briefing
timeline=$tmp/reports/timeline.json
printf '{"title": {"text": {"headline": "%s"}}, "events": [{"start_date": {"year": -500}}]}\n' \
  "$timeline_title" > "$timeline"
for pair in "$first|$first_title" "$second|$second_title"; do
  printf '{"format": "briefing", "version": "1.0", "title": "%s", "topics": [], "events": []}\n' \
    "${pair#*|}" > "${pair%%|*}"
done

content_type=$(gio info -a standard::content-type "$first" | sed -n 's/^ *standard::content-type: //p')
if [ "$content_type" = "$mime_type" ]; then
  echo "ok 1 - a .briefing file is $mime_type"
else
  echo "not ok 1 - a .briefing file is “$content_type”, not $mime_type"
  status=1
fi

default_app=$(gio mime "$mime_type" | sed -n 's/^Default application for .*: //p')
if [ "$default_app" = "$app_id.desktop" ]; then
  echo "ok 2 - the default application for $mime_type is $app_id.desktop"
else
  echo "not ok 2 - the default application for $mime_type is “$default_app”"
  gio mime "$mime_type" | sed 's/^/# /'
  status=1
fi

# TimelineJS files: Briefing can open them ("Open With"), its own type first,
# and the installation claims no default for them (no mimeapps.list of its own).
mime_line=$(sed -n 's/^MimeType=//p' "$share/applications/$app_id.desktop")
if [ "$mime_line" = "$mime_type;application/json;text/csv;" ]; then
  echo "ok 3 - the desktop file offers application/json and text/csv after $mime_type"
else
  echo "not ok 3 - the desktop file's MimeType is “$mime_line”"
  status=1
fi
if [ -z "$(find "$root" -name mimeapps.list)" ]; then
  echo "ok 4 - the installation sets no default application (no mimeapps.list)"
else
  echo "not ok 4 - the installation ships $(find "$root" -name mimeapps.list)"
  status=1
fi

# A session bus that activates only the services installed here: no portal or
# other service of this machine starts, and Briefing can only come from here.
cat > "$tmp/session.conf" <<END
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=$tmp/run</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$share/dbus-1/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
END

xvfb-run -a -s '-screen 0 1280x1024x24' \
  dbus-run-session --config-file="$tmp/session.conf" -- \
  "$0" --inside-session "$bin/briefing" "$first" "$second" "$timeline" \
  "$share/applications/$app_id.desktop"
inside=$?
exit $(( status || inside ))
