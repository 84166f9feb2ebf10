#!/usr/bin/python3
"""Check resources/report.schema.json against the test reports.

Usage: check-schema.py SCHEMA SAMPLE VALID_DIR INVALID_DIR

Checks, printing TAP:
  - the schema is a valid draft 2020-12 schema;
  - SAMPLE and every VALID_DIR/*.briefing validate against it;
  - every file named in INVALID_DIR/schema-rejects.txt is rejected by it;
  - every other INVALID_DIR/*.briefing that is well-formed JSON is accepted
    by it (its mistake is one a schema cannot see), so that the list stays exact.
Exits 1 if any check fails, 2 on bad usage.
"""
import json
import os
import sys

import jsonschema


def load_json(path):
    """Parse a file strictly as UTF-8 JSON; raise ValueError if it is not.

    A byte order mark at the start is skipped, as Briefing does."""
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ValueError("not UTF-8: %s" % e)

    def no_constant(name):
        raise ValueError("not JSON: %s" % name)

    try:
        return json.loads(text, parse_constant=no_constant)
    except RecursionError:
        raise ValueError("nested too deeply for Python")
    except json.JSONDecodeError as e:
        raise ValueError("not JSON: %s" % e)


class Tap:
    def __init__(self):
        self.results = []

    def check(self, ok, name, diagnostics=()):
        self.results.append((ok, name, list(diagnostics)))

    def finish(self):
        print("1..%d" % len(self.results))
        failed = 0
        for n, (ok, name, diagnostics) in enumerate(self.results, 1):
            print("%s %d - %s" % ("ok" if ok else "not ok", n, name))
            if not ok:
                failed += 1
                for line in diagnostics:
                    print("# " + line)
        if failed:
            print("# %d of %d checks failed" % (failed, len(self.results)))
        return 1 if failed else 0


def errors_of(validator, instance):
    return ["%s: %s" % ("/" + "/".join(str(p) for p in e.absolute_path), e.message)
            for e in sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path)))]


def main(argv):
    if len(argv) != 5:
        sys.stderr.write("usage: %s SCHEMA SAMPLE VALID_DIR INVALID_DIR\n" % argv[0])
        return 2
    schema_path, sample_path, valid_dir, invalid_dir = argv[1:]
    tap = Tap()

    try:
        schema = load_json(schema_path)
        jsonschema.Draft202012Validator.check_schema(schema)
    except (OSError, ValueError, jsonschema.exceptions.SchemaError) as e:
        tap.check(False, "schema %s is a valid draft 2020-12 schema" % schema_path, str(e).splitlines())
        return tap.finish()
    tap.check(schema.get("$schema") == "https://json-schema.org/draft/2020-12/schema",
              "schema declares draft 2020-12")
    tap.check(True, "schema %s is a valid draft 2020-12 schema" % schema_path)
    validator = jsonschema.Draft202012Validator(schema)

    def expect_valid(path, name):
        try:
            errors = errors_of(validator, load_json(path))
        except (OSError, ValueError) as e:
            errors = [str(e)]
        tap.check(not errors, "valid: " + name, errors)

    expect_valid(sample_path, os.path.basename(sample_path))

    valid = sorted(f for f in os.listdir(valid_dir) if f.endswith(".briefing"))
    tap.check(bool(valid), "%s holds .briefing files" % valid_dir)
    for name in valid:
        expect_valid(os.path.join(valid_dir, name), name)

    list_path = os.path.join(invalid_dir, "schema-rejects.txt")
    try:
        with open(list_path, encoding="utf-8") as f:
            listed = [line.strip() for line in f if line.strip() and not line.startswith("#")]
    except OSError as e:
        tap.check(False, "read " + list_path, [str(e)])
        return tap.finish()
    tap.check(listed == sorted(set(listed)), "schema-rejects.txt is sorted, without duplicates")

    invalid = sorted(f for f in os.listdir(invalid_dir) if f.endswith(".briefing"))
    for name in listed:
        if name not in invalid:
            tap.check(False, "rejected: " + name, ["listed in schema-rejects.txt but no such file"])
    for name in invalid:
        path = os.path.join(invalid_dir, name)
        try:
            instance = load_json(path)
        except (OSError, ValueError) as e:
            tap.check(name not in listed, "not JSON, so not for the schema: " + name,
                      ["listed in schema-rejects.txt but " + str(e)])
            continue
        errors = errors_of(validator, instance)
        if name in listed:
            tap.check(bool(errors), "rejected: " + name, ["the schema accepts it"])
        else:
            tap.check(not errors, "accepted (mistake beyond a schema): " + name,
                      ["not listed in schema-rejects.txt, but the schema rejects it:"] + errors)
    return tap.finish()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
