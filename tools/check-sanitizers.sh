#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer,
# then the headless tests under valgrind memcheck. Fails on any report: an ASan
# or UBSan error, a leak LeakSanitizer finds (outside the interface tests:
# see below) not in tools/lsan.supp, a valgrind error or a definite leak.
#
# Usage: tools/check-sanitizers.sh [BUILD-DIR-PREFIX]   (default: build-check)
# Makes PREFIX-asan and PREFIX-valgrind next to the sources. For CI (.ci/run).
set -eu

srcdir=$(cd "$(dirname "$0")/.." && pwd)
prefix=${1:-build-check}
cd "$srcdir"
start=$(date +%s)

# The tests the model has: no display, no bus; fast enough under valgrind.
headless="test-date test-file-reader test-loader test-locate test-report test-safe-text test-text-search test-validate fuzz-corpus"

echo "== AddressSanitizer and UndefinedBehaviorSanitizer: the whole suite"
if [ ! -d "$prefix-asan" ]; then
  # b_lundef=false: the sanitizers' runtime resolves symbols at load time.
  meson setup "$prefix-asan" -Dwerror=true -Db_sanitize=address,undefined -Db_lundef=false
fi
meson compile -C "$prefix-asan"
# halt_on_error: a UBSan report fails its test instead of scrolling by.
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$srcdir/tools/lsan.supp:print_suppressions=0"
# GLib's slice allocator would hide allocations from the sanitizers.
export G_SLICE=always-malloc
asan="abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
# Everything but the interface, with leak detection.
ASAN_OPTIONS="detect_leaks=1:$asan" \
  meson test -C "$prefix-asan" --print-errorlogs --timeout-multiplier 4 --no-suite ui
# The interface: memory errors and undefined behaviour, but not leaks yet.
# GTK, fontconfig, Pango, Mesa and the accessibility bus leave some 15,000
# allocations (500 KB) unfreed at exit in each UI test, and a suppression
# by library would hide a widget Briefing forgets as well; until those are
# told apart frame by frame, the UI tests check their own objects with
# g_assert_finalize_object().
ASAN_OPTIONS="detect_leaks=0:$asan" \
  meson test -C "$prefix-asan" --print-errorlogs --timeout-multiplier 4 --suite ui

echo "== valgrind memcheck: the headless tests"
if [ ! -d "$prefix-valgrind" ]; then
  meson setup "$prefix-valgrind" -Dwerror=true
fi
meson compile -C "$prefix-valgrind"
# --errors-for-leak-kinds=definite: memory still reachable at exit (GLib's
# types, caches) is not an error; memory no pointer reaches is.
G_DEBUG=gc-friendly \
  meson test -C "$prefix-valgrind" --print-errorlogs --timeout-multiplier 10 \
    --wrapper "valgrind --quiet --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite --suppressions=/usr/share/glib-2.0/valgrind/glib.supp --suppressions=$srcdir/tools/valgrind.supp" \
    $headless

echo "== no report; $(($(date +%s) - start)) s"
