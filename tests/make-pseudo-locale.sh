#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the pseudo-translation "en_XA": every message of the sources,
# wrapped in ⟦…⟧ and lengthened by 40 % with "~", so that a test can see an
# unmarked string (no ⟦) and a label too tight for a longer language.
#
# Usage: make-pseudo-locale.sh SOURCE-ROOT LOCALEDIR
set -e
srcdir=$1
localedir=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
LC_ALL=C.UTF-8
export LC_ALL

xgettext --package-name=briefing -D "$srcdir" -f "$srcdir/po/POTFILES.in" -o "$tmp/briefing.pot" \
  --from-code=UTF-8 -k_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dngettext:2,3 --flag=g_strdup_printf:1:c-format
msgen "$tmp/briefing.pot" |
  sed -e 's/^"Plural-Forms: .*"$/"Plural-Forms: nplurals=2; plural=(n != 1);\\n"/' \
      -e 's/^"Language: .*"$/"Language: en_XA\\n"/' \
      -e 's/charset=CHARSET/charset=UTF-8/' > "$tmp/en.po"
# The filter gets one message on its standard input; the padding is counted in
# characters (wc -m, in UTF-8), not bytes.
cat > "$tmp/pseudo.sh" <<'FILTER'
text=$(cat; printf x)
text=${text%x}
# A message ending in a newline keeps it last, as msgfmt wants.
newline=
case $text in
  *'
') newline='
'; text=${text%?} ;;
esac
n=$(printf '%s' "$text" | wc -m)
pad=$(( (n * 4 + 9) / 10 ))
printf '⟦%s' "$text"
printf '%*s' "$pad" '' | tr ' ' '~'
printf '⟧%s' "$newline"
FILTER
msgfilter --keep-header -i "$tmp/en.po" -o "$tmp/en_XA.po" sh "$tmp/pseudo.sh"
mkdir -p "$localedir/en_XA/LC_MESSAGES"
msgfmt -o "$localedir/en_XA/LC_MESSAGES/briefing.mo" "$tmp/en_XA.po"
