#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills a .ts file's unfinished messages from a JSON file (HACKING.md).

  scripts/update-translations.sh                  # new strings become unfinished
  scripts/translations.py todo > todo.json        # {source: ""} of what is left
  # ...write the translations into todo.json (a list of forms for %n plurals)...
  scripts/translations.py fill todo.json          # into translations/ladder_de.ts
  scripts/update-translations.sh                  # lupdate's own layout again

A key may be "Context|source" to translate one context's copy differently.
Entries left empty are skipped, so a half-filled file can be applied.
"""
import json
import sys
import xml.etree.ElementTree as ET

DEFAULT_TS = "translations/ladder_de.ts"


def messages(root):
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def unfinished(root):
    for name, message in messages(root):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            yield name, message


def todo(ts):
    root = ET.parse(ts).getroot()
    result = {}
    for _, message in unfinished(root):
        source = message.findtext("source")
        result[source] = ["", ""] if message.get("numerus") == "yes" else ""
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
    print()
    print(f"{len(result)} unfinished source texts", file=sys.stderr)


def fill(path, ts):
    with open(path, encoding="utf-8") as f:
        table = json.load(f)
    tree = ET.parse(ts)
    root = tree.getroot()
    filled = left = 0
    for name, message in unfinished(root):
        source = message.findtext("source")
        text = table.get(f"{name}|{source}", table.get(source))
        translation = message.find("translation")
        numerus = message.get("numerus") == "yes"
        if not text or (numerus and not all(text)) or (not numerus and not isinstance(text, str)):
            left += 1
            continue
        if numerus:
            for form in list(translation):
                translation.remove(form)
            for text_form in text:
                ET.SubElement(translation, "numerusform").text = text_form
        else:
            translation.text = text
        del translation.attrib["type"]
        filled += 1
    with open(ts, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    print(f"{filled} messages filled, {left} still unfinished", file=sys.stderr)


def main(argv):
    if len(argv) >= 2 and argv[1] == "todo":
        todo(argv[2] if len(argv) > 2 else DEFAULT_TS)
    elif len(argv) >= 3 and argv[1] == "fill":
        fill(argv[2], argv[3] if len(argv) > 3 else DEFAULT_TS)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
