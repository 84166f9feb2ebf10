#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks the Debian packaging end to end, on a clean copy of the tree:
#   1. builds the binary package with dpkg-buildpackage (which runs the test suite);
#   2. runs lintian --pedantic on it and fails on any error or warning;
#   3. installs the .deb with apt-get, as a user would;
#   4. checks the installed program on the installed sample report.
#
# usage: tools/check-packaging.sh [--committed] [--no-install] [--keep-installed] [WORKDIR]
#   --committed   package the last commit (git archive HEAD) instead of the work
#                 tree's files (tracked and untracked, less what .gitignore ignores)
#   --no-install  stop after lintian (steps 3 and 4 need root or sudo)
#   --keep-installed  leave the package installed; by default it is removed at the
#                 end unless it was installed before (an installed settings schema
#                 or desktop file would otherwise shadow a developer's build)
#   WORKDIR       where to build; a new temporary directory by default. The .deb,
#                 .changes, build log and lintian output are left there.
# Needs dpkg-dev, debhelper and lintian, and the Build-Depends of debian/control
# (installed with `apt-get build-dep` when run as root).
set -euo pipefail

committed=false
install=true
keep_installed=false
workdir=
for arg in "$@"; do
  case $arg in
    --committed) committed=true ;;
    --no-install) install=false ;;
    --keep-installed) keep_installed=true ;;
    -h|--help) sed -n '3,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option: $arg" >&2; exit 2 ;;
    *) workdir=$arg ;;
  esac
done

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

sudo=
[ "$(id -u)" -eq 0 ] || sudo=sudo

for tool in dpkg-buildpackage dh lintian git; do
  command -v "$tool" >/dev/null || {
    echo "$tool is missing: apt-get install dpkg-dev debhelper lintian git" >&2
    exit 2
  }
done

source_name=$(dpkg-parsechangelog -l debian/changelog -S Source)
version=$(dpkg-parsechangelog -l debian/changelog -S Version)
arch=$(dpkg --print-architecture)
[ -n "$workdir" ] || workdir=$(mktemp -d "${TMPDIR:-/tmp}/briefing-packaging.XXXXXX")
mkdir -p "$workdir"
workdir=$(cd "$workdir" && pwd)
src=$workdir/$source_name-$version

step () { printf '\n=== %s\n' "$*"; }

# dpkg-buildpackage builds inside the source tree and writes the packages to its
# parent: never run it in the work tree, where others may be editing.
step "Copying the tree to $src"
rm -rf "$src"
mkdir -p "$src"
if $committed; then
  git archive --format=tar HEAD | tar -xf - -C "$src"
else
  git ls-files -z --cached --others --exclude-standard \
    | while IFS= read -r -d '' file; do [ -e "$file" ] && printf '%s\0' "$file"; done \
    | tar --null -T - -cf - | tar -xf - -C "$src"
fi

if [ "$(id -u)" -eq 0 ] || command -v sudo >/dev/null; then
  step "Installing the build dependencies"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get build-dep -y -q "$src" > "$workdir/build-dep.log" 2>&1 \
    || { cat "$workdir/build-dep.log"; exit 1; }
fi

step "Building with dpkg-buildpackage -us -uc -b (log: $workdir/build.log)"
if ! (cd "$src" && dpkg-buildpackage -us -uc -b) > "$workdir/build.log" 2>&1; then
  tail -n 80 "$workdir/build.log"
  echo "FAIL: dpkg-buildpackage"
  exit 1
fi
grep -E '^ *[0-9]+/[0-9]+ |^(Ok|Fail|Skipped|Timeout): ' "$workdir/build.log" || true

changes=$workdir/${source_name}_${version}_$arch.changes
deb=$workdir/${source_name}_${version}_$arch.deb

step "lintian --pedantic on $(basename "$changes")"
lintian --pedantic --display-info --fail-on error,warning "$changes" | tee "$workdir/lintian.log"
lintian_status=${PIPESTATUS[0]}
if [ "$lintian_status" -ne 0 ] || grep -qE '^[EW]: ' "$workdir/lintian.log"; then
  echo "FAIL: lintian reports errors or warnings"
  exit 1
fi
echo "lintian: no errors or warnings ($(grep -c '^[IP]: ' "$workdir/lintian.log" || true) info and pedantic tags)"

if ! $install; then
  echo "PASS: built and linted; not installed (--no-install)"
  exit 0
fi

if ! $keep_installed && ! dpkg-query -W -f='${Status}' "$source_name" 2>/dev/null | grep -q 'ok installed'; then
  trap 'step "Removing the package"; DEBIAN_FRONTEND=noninteractive $sudo apt-get purge -y -q "$source_name" > /dev/null' EXIT
fi

step "apt-get install $(basename "$deb")"
(cd "$workdir" && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "./$(basename "$deb")")

step "The installed program"
briefing --version
sample=/usr/share/doc/$source_name/examples/sample.briefing
briefing --validate "$sample"
echo "briefing --validate $sample: exit 0"
for file in /usr/share/applications/io.github.briefing.Briefing.desktop \
            /usr/share/metainfo/io.github.briefing.Briefing.metainfo.xml \
            /usr/share/dbus-1/services/io.github.briefing.Briefing.service \
            /usr/share/mime/packages/io.github.briefing.Briefing.mime.xml \
            /usr/share/icons/hicolor/scalable/apps/io.github.briefing.Briefing.svg \
            /usr/share/glib-2.0/schemas/gschemas.compiled \
            /usr/share/man/man1/briefing.1.gz; do
  [ -e "$file" ] || { echo "FAIL: $file is not installed"; exit 1; }
done
# The package's triggers ran: the MIME database knows the type.
grep -q '^application/x-briefing+json:\*\.briefing$' /usr/share/mime/globs \
  || { echo "FAIL: the MIME database does not know *.briefing"; exit 1; }
gsettings_out=$(gsettings list-keys io.github.briefing.Briefing 2>&1) \
  || { echo "FAIL: the settings schema is not compiled: $gsettings_out"; exit 1; }
echo "PASS: built, linted, installed; the installed briefing validates its sample report"
