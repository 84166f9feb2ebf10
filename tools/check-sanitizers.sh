#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The whole test suite built with AddressSanitizer and UndefinedBehaviorSanitizer,
# then the headless tests under valgrind memcheck. Fails on any report: an ASan
# or UBSan error, a leak LeakSanitizer finds that tools/lsan.supp does not
# name (system libraries only), a valgrind error or a definite leak.
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
  # Frame pointers: LeakSanitizer's fast unwinder follows them, so a leak's
  # stack goes on through Briefing's own frames (Debian's libraries have none,
  # and a stack stops at the first frame in one).
  meson setup "$prefix-asan" -Dwerror=true -Db_sanitize=address,undefined -Db_lundef=false \
    -Dc_args=-fno-omit-frame-pointer
fi
meson compile -C "$prefix-asan"
# halt_on_error: a UBSan report fails its test instead of scrolling by.
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$srcdir/tools/lsan.supp:print_suppressions=0"
# GLib's slice allocator would hide allocations from the sanitizers.
export G_SLICE=always-malloc
asan="abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
# Everything but the interface, with leak detection. The model's tests with
# full stacks (fast_unwind_on_malloc=0): with the fast unwinder a stack stops
# at the first frame in a library built without frame pointers, so GLib's own
# one-time state (allocated in g_malloc, called from GLib) looks like a leak
# of Briefing's and no suppression in tools/lsan.supp can name it. These
# tests allocate little, so full stacks cost them a minute at most; the
# briefing processes test-convert and test-validate spawn inherit them.
ASAN_OPTIONS="detect_leaks=1:fast_unwind_on_malloc=0:malloc_context_size=16:$asan" \
  meson test -C "$prefix-asan" --print-errorlogs --timeout-multiplier 4 \
    --no-suite ui --no-suite integration --logbase headless-full-stacks
# The desktop test starts whole windows, too slow with full stacks.
ASAN_OPTIONS="detect_leaks=1:$asan" \
  meson test -C "$prefix-asan" --print-errorlogs --timeout-multiplier 4 \
    --suite integration --logbase integration-fast-stacks

# The interface, with leak detection too. GTK's tests draw with cairo:
# without GDK_DEBUG=gl-disable GDK would load Mesa's driver only to see
# whether GL works, and Mesa keeps 128 bytes it allocates once in a module
# GDK unloads by exit, where no suppression can name it.
#
# Full stacks (fast_unwind_on_malloc=0) make a UI test ten to thirty times
# slower (GTK allocates millions of blocks, each unwound through DWARF
# tables); the fast unwinder stops at the first frame in a library built
# without frame pointers, so a leak of GLib's or GTK's own one-time state and
# a widget Briefing forgets look alike there (allocated in g_malloc). So:
# first every UI test with fast stacks, where tools/lsan.supp suppresses the
# libraries that never call back into Briefing (fontconfig's caches above
# all, ~16,000 blocks a test); then only the tests whose one fault was a
# leak report (tools/leak-only-failures.py; any other failure stands) again
# with full stacks, where its lines by function name match, and whose report,
# if any, shows where Briefing allocated what it lost.
if grep -rnw g_date_time_new_now_utc app ui main.c; then
  echo "Briefing calls g_date_time_new_now_utc(), which tools/lsan.supp suppresses for GTK's sake" >&2
  exit 1
fi
#
# One test case opens GTK's file chooser (the Open dialog), whose path bar
# and list of files, in GTK 4.8, leak what their asynchronous queries return
# (GFileInfo lists, GErrors) when the dialog closes: in frames GTK keeps no
# names for (static functions), which no suppression can tell from
# Briefing's. That case runs without leak detection, after the others.
file_chooser=/window/open-dialog-closes-with-window
export GDK_DEBUG=gl-disable
if ! ASAN_OPTIONS="detect_leaks=1:$asan" \
  meson test -C "$prefix-asan" --print-errorlogs --timeout-multiplier 4 --suite ui \
    --test-args "-s $file_chooser" --logbase ui-fast-stacks; then
  echo "== (the leaks above may be system libraries' one-time state: see tools/lsan.supp)"
  again=$(/usr/bin/python3 tools/leak-only-failures.py "$prefix-asan/meson-logs/ui-fast-stacks.json") || exit 1
  echo "== the interface tests that reported only leaks, again with full stacks:" $again
  # 16 frames reach the named frames of every system leak in tools/lsan.supp.
  ASAN_OPTIONS="detect_leaks=1:fast_unwind_on_malloc=0:malloc_context_size=16:$asan" \
    meson test -C "$prefix-asan" --print-errorlogs --timeout-multiplier 8 \
      --test-args "-s $file_chooser" --logbase ui-full-stacks $again
fi
ASAN_OPTIONS="detect_leaks=0:$asan" \
  meson test -C "$prefix-asan" --print-errorlogs --timeout-multiplier 4 test-window-files --test-args "-p $file_chooser"
unset GDK_DEBUG

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
