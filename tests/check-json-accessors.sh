#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Report data reaches json-glib's typed getters only through
# app/briefing-json-reader.c, which checks the node's type first: on a value
# of another type json_node_get_string() returns NULL (a crash one strcmp
# later) and json_object_get_*_member*() assert (a Json-CRITICAL).
# Usage: check-json-accessors.sh SOURCE_ROOT. Prints TAP.
root=$1
# Getters that cannot go wrong on a type mismatch.
allowed='json_object_get_member|json_object_get_size|json_object_get_members|json_array_get_length|json_array_get_element|json_node_get_node_type|json_node_get_value_type|json_node_get_parent'
found=$(grep -rnoE 'json_(object|node|array)_get_[a-z_]+' "$root/app" "$root/ui" "$root/main.c" 2>/dev/null |
        grep -v '/app/briefing-json-reader\.c:' | grep -vE ":($allowed)\$")
echo "1..1"
if [ -n "$found" ]; then
  echo "not ok 1 - json-glib typed getters outside app/briefing-json-reader.c"
  echo "$found" | sed 's/^/# /'
  exit 1
fi
echo "ok 1 - json-glib typed getters only in app/briefing-json-reader.c"
