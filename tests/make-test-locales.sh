#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Compiles the locales the translation tests run under into OUTDIR, for
# LOCPATH: no system locale needs generating (a fresh Debian has only C.UTF-8),
# only the `locales` package's sources (/usr/share/i18n). Then touches STAMP.
#
# Usage: make-test-locales.sh OUTDIR STAMP LOCALE…   (LOCALE as in ja_JP)
set -e
outdir=$1
stamp=$2
shift 2
mkdir -p "$outdir"
for locale in "$@"; do
  if [ ! -f "$outdir/$locale.UTF-8/LC_TIME" ]; then
    # localedef exits 1 on warnings about the locale sources; the locale is
    # written all the same, and its LC_TIME is what tells success.
    localedef --no-archive -i "$locale" -f UTF-8 "$outdir/$locale.UTF-8" 2>/dev/null || true
    if [ ! -f "$outdir/$locale.UTF-8/LC_TIME" ]; then
      echo "localedef could not make $locale.UTF-8: install the locales package (tools/debian-packages.txt)" >&2
      exit 1
    fi
  fi
done
touch "$stamp"
