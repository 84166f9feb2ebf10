#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks the translations in po/ (TAP):
#   - po/LINGUAS and the po/*.po files name the same languages;
#   - every po/*.po passes `msgfmt --check` (header, plural forms, format
#     specifiers such as %s, %u and %1$d kept as the English has them, one
#     mnemonic underscore where the English has one);
#   - every po/*.po is complete against the current sources: merged with a
#     template made now from po/POTFILES.in, it has no untranslated and no
#     fuzzy message;
#   - po/POTFILES.in is complete: it names every source, .ui and data file
#     with a marked string, and every file it names exists.
#
# Usage: test-translation.sh SOURCE-ROOT
# Skips ("1..0 # SKIP") where the gettext tools are missing.

srcdir=${1:-$(dirname "$0")/..}
po="$srcdir/po"

# The tools' own messages, which are parsed below, in English.
LC_ALL=C
LANGUAGE=C
export LC_ALL LANGUAGE

for tool in msgfmt msgmerge xgettext; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "1..0 # SKIP $tool not found (install gettext)"
    exit 0
  fi
done

set -- "$po"/*.po
if [ ! -e "$1" ]; then
  echo "1..0 # SKIP no translation in po/"
  exit 0
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# The template as `ninja briefing-pot` makes it (Meson's "glib" preset), but
# in a temporary directory: the source tree is left alone.
pot="$tmp/briefing.pot"
if ! xgettext --package-name=briefing -D "$srcdir" -f "$po/POTFILES.in" -o "$pot" \
       --from-code=UTF-8 --add-comments \
       -k_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
       --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
       --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
       --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
       --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
       --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
       --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format \
       --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format \
       --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format \
       2>"$tmp/xgettext.log"; then
  echo "1..1"
  echo "not ok 1 - xgettext makes the template from po/POTFILES.in"
  sed 's/^/# /' "$tmp/xgettext.log"
  exit 1
fi

echo "1..$((2 + 2 * $#))"
n=0
failed=0

ok () {
  n=$((n + 1))
  echo "ok $n - $1"
}

not_ok () {
  n=$((n + 1))
  failed=1
  echo "not ok $n - $1"
  if [ -n "$2" ]; then
    printf '%s\n' "$2" | sed 's/^/# /'
  fi
}

# LINGUAS: one language a line, '#' starts a comment.
linguas=$(sed 's/#.*//' "$po/LINGUAS" 2>/dev/null | tr -s ' \t' '\n\n' | grep -v '^$' | sort -u)
files=$(for f in "$@"; do basename "$f" .po; done | sort -u)
if [ "$linguas" = "$files" ]; then
  ok "po/LINGUAS lists exactly the po/*.po files ($(echo $files))"
else
  not_ok "po/LINGUAS lists exactly the po/*.po files" \
         "LINGUAS: $(echo $linguas)
po/*.po: $(echo $files)"
fi

# POTFILES.in: what xgettext would find marked in the tree, against the list.
listed=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$po/POTFILES.in" | sort)
marked=$(cd "$srcdir" && grep -l -r -E \
           -e '(^|[^A-Za-z0-9_])(N?C?_|NC_|ngettext|g_dngettext|g_dpgettext2) *\(' \
           -e 'translatable="yes"' \
           --include='*.c' --include='*.ui' --include='*.in' --include='*.gschema.xml' \
           app ui resources main.c 2>/dev/null | sort)
unlisted=$(printf '%s\n' "$marked" | grep -v -x -F "$listed" | grep -v '^$')
absent=$(for f in $listed; do [ -e "$srcdir/$f" ] || echo "$f"; done)
if [ -z "$unlisted" ] && [ -z "$absent" ]; then
  ok "po/POTFILES.in lists every file with a marked string, and only files that exist"
else
  not_ok "po/POTFILES.in lists every file with a marked string, and only files that exist" \
         "$( [ -n "$unlisted" ] && printf 'marked but not listed: %s\n' $unlisted
             [ -n "$absent" ] && printf 'listed but missing: %s\n' $absent )"
fi

for f in "$@"; do
  lang=$(basename "$f" .po)

  if out=$(msgfmt --check --check-format --check-accelerators=_ --statistics -o /dev/null "$f" 2>&1); then
    ok "$lang.po passes msgfmt --check --check-format --check-accelerators"
  else
    not_ok "$lang.po passes msgfmt --check --check-format --check-accelerators" "$out"
  fi

  # msgmerge without fuzzy matching: a changed English string is untranslated,
  # not a guess from a similar one.
  merged="$tmp/$lang.po"
  if ! out=$(msgmerge --quiet --no-fuzzy-matching -o "$merged" "$f" "$pot" 2>&1); then
    not_ok "$lang.po is complete against the current sources" "$out"
    continue
  fi
  stats=$(msgfmt --statistics -o /dev/null "$merged" 2>&1)
  if printf '%s\n' "$stats" | grep -q -e 'untranslated' -e 'fuzzy'; then
    missing=$(msgattrib --only-fuzzy "$merged" 2>/dev/null; msgattrib --untranslated --no-fuzzy "$merged" 2>/dev/null)
    not_ok "$lang.po is complete against the current sources: $stats" \
           "$(printf '%s\n' "$missing" | grep -e '^msgctxt' -e '^msgid ' | grep -v '^msgid ""$' | head -20)"
  else
    ok "$lang.po is complete against the current sources: $stats"
  fi
done

exit $failed
