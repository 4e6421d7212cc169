#!/usr/bin/env python3
"""Checks the flatpak manifest as flathub would: it names our app id and a
GNOME runtime, every downloaded source is pinned (sha256 or commit), and
the sandbox asks for no more than it needs (files go through portals)."""
import json
import sys

manifest_path, app_id = sys.argv[1], sys.argv[2]
with open(manifest_path, encoding="utf-8") as f:
    manifest = json.load(f)

problems = []
if manifest.get("id") != app_id:
    problems.append(f"id is {manifest.get('id')!r}, not {app_id!r}")
if manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk":
    problems.append("the runtime must be org.gnome.Platform with org.gnome.Sdk")
for arg in manifest.get("finish-args", []):
    if arg.startswith("--filesystem") or arg in ("--socket=session-bus", "--socket=system-bus"):
        problems.append(f"finish-arg {arg} is more than the app needs")
names = []
for module in manifest.get("modules", []):
    names.append(module.get("name"))
    for source in module.get("sources", []):
        kind = source.get("type")
        if kind in ("archive", "file") and not source.get("sha256"):
            problems.append(f"{module['name']}: {source.get('url')} has no sha256")
        if kind == "git" and not source.get("commit"):
            problems.append(f"{module['name']}: git source {source.get('url')} has no commit")
for needed in ("libshumate", "readosm", "libzip"):
    if needed not in names:
        problems.append(f"module {needed} is missing (it is not in the GNOME runtime)")
if not names or names[-1] != "samenkaart":
    problems.append("the last module must be samenkaart itself")
for p in problems:
    print(p)
sys.exit(1 if problems else 0)
