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
for ui in sorted((top / "ui").rglob("*.ui")):
    rel = ui.relative_to(top / "ui").as_posix()
    # gtk/help-overlay.ui is found by GtkApplication at <base>/gtk/.
    alias = rel if rel.startswith("gtk/") else f"ui/{rel}"
    lines.append(f'    <file preprocess="xml-stripblanks" alias="{alias}">../ui/{rel}</file>')
lines.append('    <file>style.css</file>')
for icon in sorted((res / "icons").rglob("*.svg")):
    rel = icon.relative_to(res).as_posix()
    lines.append(f'    <file preprocess="xml-stripblanks">{rel}</file>')
# The app icon too, so the welcome and the About window show it when the
# program runs from the build tree (the icon theme has it once installed).
for icon in sorted((top / "data" / "icons" / "hicolor").rglob("*.svg")):
    rel = icon.relative_to(top / "data" / "icons" / "hicolor").as_posix()
    lines.append(f'    <file preprocess="xml-stripblanks" alias="icons/{rel}">'
                 f'../data/icons/hicolor/{rel}</file>')
lines += ["  </gresource>", "</gresources>", ""]
text = "\n".join(lines)

target = res / "samenkaart.gresource.xml"
if len(sys.argv) > 1 and sys.argv[1] == "--check":
    if not target.exists() or target.read_text() != text:
        print(f"{target} is out of date: run scripts/update-resources.py")
        sys.exit(1)
    sys.exit(0)
target.write_text(text)
