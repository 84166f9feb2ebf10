#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Write a report with N problems (each event's headline empty), for timing
how fast the loader places its problems: minified (one line) or pretty.

Usage: generate-many-problems.py [--pretty] N OUTPUT
Then: build/tools/benchmark-loader briefing OUTPUT (see docs/robustness.md).
"""
import argparse
import json


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pretty", action="store_true")
    parser.add_argument("n_problems", type=int)
    parser.add_argument("output")
    args = parser.parse_args()
    events = [{"id": "e%d" % i, "date": "2024-10-26", "headline": "", "body": "x"}
              for i in range(args.n_problems)]
    report = {"format": "briefing", "version": "1.0", "title": "Many problems",
              "topics": [], "events": events}
    with open(args.output, "w", encoding="utf-8") as f:
        if args.pretty:
            json.dump(report, f, indent=1)
        else:
            json.dump(report, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
