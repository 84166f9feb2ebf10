#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The failed tests of a meson test log (testlog.json) whose only fault was
a LeakSanitizer report, one name a line, for tools/check-sanitizers.sh to run
again with full stacks. Exits 1, naming it, if a test failed otherwise (an
ASan or UBSan error, a failed or missing test case, a timeout): that failure
stands, and no second run may hide it.

Usage: leak-only-failures.py MESON-LOG-DIR/NAME.json
"""
import json
import sys

LEAKS = 'ERROR: LeakSanitizer: detected memory leaks'
# Anything but the leak report: a memory error, undefined behaviour, a test
# case that failed or stopped the program.
OTHER = ('ERROR: AddressSanitizer:', 'runtime error:', 'Bail out!', '\nnot ok ')


def main(path):
    names = []
    for line in open(path, encoding='utf-8'):
        test = json.loads(line)
        if test['result'] in ('OK', 'EXPECTEDFAIL', 'SKIP'):
            continue
        output = '\n' + (test.get('stdout') or '') + (test.get('stderr') or '')
        faults = [marker.strip() for marker in OTHER if marker in output]
        if test['result'] != 'ERROR' or LEAKS not in output or faults:
            print(f"{test['name']}: {test['result']}, not only leaks ({', '.join(faults) or 'no leak report'})",
                  file=sys.stderr)
            return 1
        names.append(test['name'].split(' / ')[-1])
    print('\n'.join(names))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
