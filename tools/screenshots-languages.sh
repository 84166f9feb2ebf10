#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Screenshots of the sample report in other interface languages, wide and
# narrow, one folder a language: OUTPUT-DIR/ar, OUTPUT-DIR/de…
#
# Usage: screenshots-languages.sh SCREENSHOTS-PROGRAM LOCALEDIR LOCPATH OUTPUT-DIR [LANGUAGE=LOCALE…]
set -e
program=$1
localedir=$2
locpath=$3
output=$4
shift 4
[ $# -gt 0 ] || set -- ar=ar_EG de=de_DE ja=ja_JP uk=uk_UA
for pair in "$@"; do
  language=${pair%%=*}
  locale=${pair#*=}
  LANGUAGE=$language LC_ALL=$locale.UTF-8 LOCPATH=$locpath BRIEFING_LOCALEDIR=$localedir \
    xvfb-run -a -s '-screen 0 1600x1200x24' "$program" "$output/$language" \
      timeline interview overview narrow narrow-sidebar right-to-left-report
done
