#!/usr/bin/env python3
"""Writes resources/samenkaart.gresource.xml from the files that exist.

Run after adding a .ui file, a stylesheet or an icon; the result is checked
in, and tests/test-resources.sh fails when it is out of date.
"""
import pathlib
import sys

top = pathlib.Path(__file__).resolve().parent.parent
res = top / "resources"

lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<!-- Written by scripts/update-resources.py: do not edit by hand. -->",
    "<gresources>",
    '  <gresource prefix="/io/github/samenkaart/Samenkaart">',
]
for ui in sorted((top / "ui").glob("*.ui")):
    lines.append(f'    <file preprocess="xml-stripblanks" alias="ui/{ui.name}">../ui/{ui.name}</file>')
lines.append('    <file>style.css</file>')
for icon in sorted((res / "icons").rglob("*.svg")):
    rel = icon.relative_to(res).as_posix()
    lines.append(f'    <file preprocess="xml-stripblanks">{rel}</file>')
lines += ["  </gresource>", "</gresources>", ""]
text = "\n".join(lines)

target = res / "samenkaart.gresource.xml"
if len(sys.argv) > 1 and sys.argv[1] == "--check":
    if not target.exists() or target.read_text() != text:
        print(f"{target} is out of date: run scripts/update-resources.py")
        sys.exit(1)
    sys.exit(0)
target.write_text(text)
