#!/usr/bin/env python3
"""Validates JSON outputs of beroepsbeeld against a schema of docs/, with the `jsonschema` package.

    .venv/bin/python scripts/validate-json.py docs/schemas/check.schema.json out.json [more.json ...]

The schema is checked against the JSON Schema 2020-12 meta-schema first; then each file is validated
with format checking on. Every schema of docs/ (docs/profile.schema.json and docs/schemas/) is loaded
into the registry under its `$id`, so that their `$ref`s between files resolve without a network.
Exit status: 0 when all files are valid, 1 otherwise (each error printed with its place).
"""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator
from referencing import Registry, Resource


def registry(docs: pathlib.Path) -> Registry:
    schemas = [docs / "profile.schema.json", *sorted((docs / "schemas").glob("*.schema.json"))]
    resources = []
    for path in schemas:
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((contents["$id"], Resource.from_contents(contents)))
    return Registry().with_resources(resources)


def main(arguments: list[str]) -> int:
    if len(arguments) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    schema_path = pathlib.Path(arguments[0])
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    docs = pathlib.Path(__file__).resolve().parent.parent / "docs"
    validator = Draft202012Validator(schema, registry=registry(docs), format_checker=Draft202012Validator.FORMAT_CHECKER)
    failures = 0
    for name in arguments[1:]:
        try:
            instance = json.loads(pathlib.Path(name).read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            print(f"{name}: not JSON: {error}", file=sys.stderr)
            failures += 1
            continue
        for error in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path)):
            place = "/".join(str(step) for step in error.absolute_path) or "(top)"
            print(f"{name}: {place}: {error.message}", file=sys.stderr)
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
