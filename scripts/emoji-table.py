#!/usr/bin/python3
"""Writes Sources/Site/Markdown/HugoEmoji+Table.swift: every emoji code Hugo's `enableEmoji`
replaces, with what Hugo replaces it by.

The candidates are the CLDR names and GitHub aliases of Debian's python3-emoji; Hugo itself
(Debian's hugo) decides which of them it knows and what each becomes, so the table is Hugo's.
Run it from the project's root: /usr/bin/python3 scripts/emoji-table.py
"""
import html
import os
import re
import subprocess
import tempfile

import emoji

candidates = set()
for value in emoji.EMOJI_DATA.values():
    candidates.add(value["en"])
    candidates.update(value.get("alias", []))
# Codes Hugo knows are single words between colons.
keys = sorted(k for k in candidates if re.fullmatch(r":[^\s:]+:", k))

with tempfile.TemporaryDirectory() as site:
    os.makedirs(site + "/content")
    os.makedirs(site + "/layouts/_default")
    with open(site + "/hugo.toml", "w") as f:
        f.write("baseURL = 'https://e.example/'\nenableEmoji = true\n")
    with open(site + "/layouts/_default/single.html", "w") as f:
        f.write("{{ .Content }}")
    # In a fenced block every line stays a line, and nothing but emojify changes it.
    with open(site + "/content/all.md", "w") as f:
        f.write("---\ntitle: all\n---\n````\n" + "\n".join(keys) + "\n````\n")
    subprocess.run(["hugo", "--quiet"], cwd=site, check=True)
    with open(site + "/public/all/index.html") as f:
        page = f.read()
code = re.search(r"<code>(.*)</code>", page, re.S).group(1)
lines = html.unescape(code).rstrip("\n").split("\n")
assert len(lines) == len(keys), (len(lines), len(keys))
table = [(k, v) for k, v in zip(keys, lines) if k != v]

with open("Sources/Site/Markdown/HugoEmoji+Table.swift", "w") as f:
    f.write("// Written by scripts/emoji-table.py from Hugo's own output; do not edit.\n\n")
    f.write("extension HugoEmoji {\n")
    f.write("    /// Each code Hugo replaces, a tab, and what it becomes, one per line.\n")
    f.write("    static let lines = \"\"\"\n")
    for k, v in table:
        assert "\t" not in k and "\\" not in k and '"""' not in k
        f.write("        " + k + "\t" + v + "\n")
    f.write("        \"\"\"\n}\n")
print(len(keys), "candidates,", len(table), "codes Hugo replaces")
