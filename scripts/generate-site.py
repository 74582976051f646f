#!/usr/bin/env python3
"""Generate a synthetic Hugo site for exercising Herald's parsers and feed builder.

Usage:
    python3 scripts/generate-site.py OUT_DIR --posts N [--seed S] [--force] [--hash-urls]

    --seed S      default 1; same N and S give byte-identical output
    --force       replace OUT_DIR/content, layouts and static if they exist
    --hash-urls   allow '#' in titles that Hugo turns into URLs (see below)

Writes a complete Hugo site root into OUT_DIR:

    OUT_DIR/hugo.toml                     baseURL https://gen.example.org/,
                                          timeZone America/New_York and a
                                          [permalinks] section:
                                            posts  = "/:year/:month/:day/:slug/"
                                            notes  = "/:section/:title/"
                                            guides = (no pattern: path-based URLs)
    OUT_DIR/layouts/_default/single.html  minimal templates, so `hugo` builds
    OUT_DIR/layouts/_default/list.html    without "no layout file" warnings
    OUT_DIR/static/images/placeholder.png target of root-relative image links
    OUT_DIR/content/about.md
    OUT_DIR/content/{posts,notes,guides}/_index.md
    OUT_DIR/content/...                   N generated pages

The output is fully deterministic for a given (N, seed): no wall-clock time,
no hash-order dependence.  Python 3 standard library only.

What the N pages contain (proportions are approximate):
  * sections: posts ~60 %, notes ~20 %, guides ~20 % (guides use nested
    sub-folders, some of which have their own _index.md)
  * ~10 % page bundles (<dir>/index.md with cover.png and images/diagram.png
    referenced page-relatively)
  * front matter: YAML ~60 %, TOML ~30 %, JSON ~10 %, with a mix of quoting
    styles (plain, single, double quotes; JSON with and without \\u escapes)
  * titles with punctuation : ! ? , ' " & ( ) . + # @, accented Latin,
    German ß/Umlauts, Cyrillic, Greek, Japanese, emoji (incl. ZWJ sequences
    and flags), leading/trailing spaces and repeated spaces
  * ~30 % with `slug` (some with uppercase letters, spaces, non-ASCII),
    ~2 % with `url` (some ending in .html)
  * dates with offsets (Z, +00:00, +04:00, +05:30, +05:45, -03:30, -08:00,
    +09:00, +14:00 ...), without offsets (site timeZone applies), with
    fractional seconds, and date-only values; TOML files use native TOML
    datetimes as well as strings
  * ~5 % drafts, ~3 % future (year 2099 date/publishDate), ~2 % expired
    (expiryDate in the past)
  * tags from a pool with spaces, hyphens, non-ASCII and case variants;
    categories, description, lastmod, authors, summary on some pages
  * bodies of 1-4 KB: headings, inline/reference/auto links (external,
    root-relative, page-relative, fragment), images, fenced/tilde/indented
    code blocks, GFM tables, task lists, strikethrough, footnotes,
    blockquotes, inline raw HTML, and `<!--more-->` dividers in some

Every title, slug, url and file name embeds the page's unique number as its
last alphanumeric token, so no two pages can map to the same permalink.

Hugo 0.111 keeps '#' unescaped when it turns a title into a URL
("C# Tips" -> /notes/c#-tips/), so a URL parser sees the rest as a fragment.
By default, pages whose URL is derived from the title (notes; posts without
slug/url) never get a '#' in their title; '#' titles still appear on pages with
a slug, a url or in guides (URL from the file name).  --hash-urls lifts that
restriction: permalinks then stay unique as strings, but not once parsed.
Taxonomy term URLs can contain '#' regardless (tag "C#" -> /tags/c#/).

Check the result with:
    cd OUT_DIR && hugo --quiet --printPathWarnings -d /tmp/gen-public && hugo list all
"""

import argparse
import json
import os
import random
import shutil
import struct
import sys
import time
import zlib

# ---------------------------------------------------------------------------
# Vocabulary
# ---------------------------------------------------------------------------

TECH = [
    "Go", "Rust", "Swift", "SQLite", "Postgres", "Kubernetes", "Nix", "Vim",
    "Emacs", "Zig", "Kafka", "Redis", "WebAssembly", "GraphQL", "HTMX",
    "Terraform", "systemd", "ZFS", "Linux", "C++", "C#", "Node.js", "Python",
    "Hugo", "Jekyll", "git", "tmux", "NGINX", "gRPC", "OAuth", "Elixir",
    "OCaml", "Haskell", "DuckDB", "Ansible", "Prometheus",
]

HANDLES = ["ada", "grace_h", "linus", "margaret", "dennis.r", "barbara", "ken"]

# (template, script) -- {t} and {u} are technologies, {h} a handle.
TITLE_TEMPLATES = [
    ("Notes on {t}", "en"),
    ("Why I Switched From {t} to {u}", "en"),
    ("{t} vs. {u}: An Honest Comparison", "en"),
    ("{t} & {u} in Production", "en"),
    ("Don't Use {t} (Yet)!", "en"),
    ("Is {t} Worth It?", "en"),
    ("What's New in {t}?", "en"),
    ("\"Boring\" {t}: A Love Letter", "en"),
    ("Ask @{h}: How Do You Test {t}?", "en"),
    ("{t} + {u} = Fewer Pages at 3 a.m.", "en"),
    ("Lessons From Running {t}, Part One", "en"),
    ("The {t} Cheat Sheet I Wish I Had", "en"),
    ("Debugging {t}... Again", "en"),
    ("{t}: Tips, Tricks & Traps", "en"),
    ("A (Very) Short Intro to {t}", "en"),
    ("It's Always DNS, Even With {t}", "en"),
    ("Café Notes: {t} à la Carte", "latin"),
    ("¿Por Qué Migramos a {t}?", "latin"),
    ("Ça Marche : {t} en Production", "latin"),
    ("Reflexões Sobre {t} e Ação", "latin"),
    ("Déjà Vu With {t}", "latin"),
    ("Naïve Benchmarks of {t}", "latin"),
    ("Smörgåsbord of {t} Tips", "latin"),
    ("Über {t} und Größenordnungen", "de"),
    ("Fußnoten zu {t}", "de"),
    ("Grüße aus der Straßenbahn: {t} unterwegs", "de"),
    ("Schönheitsfehler in {t}", "de"),
    ("Äpfel, Öl und {t}", "de"),
    ("Заметки о {t}", "ru"),
    ("Почему {t}? Опыт команды", "ru"),
    ("{t} в продакшене: уроки", "ru"),
    ("Σημειώσεις για το {t}", "el"),
    ("Γειά σου, {t}!", "el"),
    ("Μαθήματα από το {t}", "el"),
    ("{t}の使い方メモ", "ja"),
    ("はじめての{t}：入門ガイド", "ja"),
    ("{t}と{u}の比較", "ja"),
    ("🚀 Shipping {t} Faster", "emoji"),
    ("{t} Is Fine 🔥", "emoji"),
    ("👩‍💻 Pairing on {t}", "emoji"),
    ("Hello From 🇩🇪: {t} Meetup Recap", "emoji"),
    ("✨ {t} Tips ✨", "emoji"),
    ("🐛 Bug Hunt: {t} Edition", "emoji"),
    ("Zürich ⇄ Tokyo: {t} Across Time Zones", "mixed"),
    ("Über-Fast {t}? 🤔", "mixed"),
]

# Every suffix puts the unique number last, preceded by a non-digit.
ID_SUFFIXES = [
    " (#{i})", " — Part {i}", " #{i}", " [{i}]", ", No. {i}", " ({i})",
    " · {i}", " vol. {i}", " @{i}", " + {i}",
]

TAG_POOL = [
    "go", "rust", "swift", "cloud native", "open-source", "machine learning",
    "café", "Straßenbahn", "naïve-bayes", "日本語", "Москва", "λ-calculus",
    "C++", "C#", "node.js", "k8s", "DevOps", "devops", "home lab",
    "self-hosted", "résumé", "über-alles", "databases", "performance",
    "security", "talks", "til", "meta", "writing", "hardware", "Ελλάδα",
    "static sites", "time zones", "unicode",
]

CATEGORY_POOL = [
    "Tech", "Life", "Travel", "Tools", "Databases", "Réflexions",
    "Разработка", "Hardware", "Talks",
]

AUTHORS = ["Ada Example", "Grace Example", "Jürgen Beispiel", "Алиса Пример",
           "山田 花子"]

SENTENCES = [
    "The first version of this worked, but only on my laptop.",
    "We measured before and after, and the difference was smaller than the noise.",
    "Nobody reads the documentation until something is on fire, me included.",
    "The fix turned out to be a one-line change and a three-page postmortem.",
    "I kept a log of every command I ran, which made this post much easier to write.",
    "Latency went down, throughput went up, and the pager stayed quiet for a week.",
    "Configuration drift is what happens when everybody is slightly right.",
    "Our staging environment is production's optimistic younger sibling.",
    "Der Umstieg hat länger gedauert als geplant, aber es hat sich gelohnt.",
    "Ça a marché du premier coup, ce qui est toujours un peu suspect.",
    "Это заняло два дня, а объяснение — две минуты.",
    "Η λύση ήταν απλή, αλλά δεν ήταν προφανής.",
    "設定ファイルを一行変えるだけで解決しました。",
    "If a test is flaky, it is telling you something — usually about time.",
    "Caching is easy; invalidation is where the interesting bugs live.",
    "The dashboards looked great right up until we needed them.",
    "Half of the work was deleting code that nobody had called in years.",
    "Time zones are not offsets, and offsets are not time zones. 🕰️",
    "I wrote the rollback plan first, which is the only reason this post is short.",
    "Every abstraction leaked eventually, but some leaked politely.",
]

HEADINGS = [
    "Background", "What We Tried", "What Broke", "The Fix", "Numbers",
    "Open Questions", "Further Reading", "Setup", "Results", "Lessons Learned",
    "Überblick", "Итоги", "Συμπεράσματα", "まとめ", "Why Not Just Use X?",
    "Step 1: Measure", "Q&A",
]

EXTERNAL_LINKS = [
    "https://example.com/docs/getting-started",
    "https://en.wikipedia.org/wiki/Caf%C3%A9",
    "https://de.wikipedia.org/wiki/Straßenbahn",
    "https://go.dev/doc/effective_go#names",
    "https://www.sqlite.org/wal.html",
    "http://example.net/legacy/page.php?id=42&lang=en",
    "https://example.org/search?q=hugo+feeds",
    "https://example.com/%E6%97%A5%E6%9C%AC%E8%AA%9E/",
]

ROOT_LINKS = ["/about/", "/posts/", "/notes/", "/guides/", "/tags/cloud-native/",
              "/categories/tech/", "/index.xml"]

CODE_SAMPLES = [
    ("go", 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello, 世界")\n}'),
    ("python", 'def slugify(s: str) -> str:\n    return "-".join(s.lower().split())\n\nprint(slugify("Hello World"))'),
    ("swift", 'struct Post: Codable {\n    let title: String\n    let date: Date\n}\n\nlet post = Post(title: "Hi", date: .now)'),
    ("bash", 'for f in content/posts/*.md; do\n  head -n 5 "$f"\ndone | grep -c "^title:"'),
    ("toml", '[permalinks]\n  posts = "/:year/:month/:slug/"\n\n[params]\n  author = "Ada"'),
    ("yaml", 'title: "A: tricky title"\ntags:\n  - cloud native\n  - café'),
    ("json", '{\n  "title": "JSON front matter",\n  "draft": false,\n  "tags": ["a", "b"]\n}'),
    ("html", '<ul>\n{{ range .Pages }}\n  <li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>\n{{ end }}\n</ul>'),
    ("sql", "SELECT title, date\nFROM posts\nWHERE draft = 0\nORDER BY date DESC\nLIMIT 10;"),
    ("", "plain text block\n  with indentation\n\tand a tab"),
]

TZ_OFFSETS = ["Z", "+00:00", "+01:00", "+02:00", "+04:00", "+05:30", "+05:45",
              "+09:00", "+14:00", "-03:30", "-05:00", "-08:00", "-12:00"]

GUIDE_DIRS = [
    "linux", "linux/networking", "linux/networking/dns", "databases",
    "databases/postgres", "databases/sqlite", "editors/vim", "editors",
    "cloud/aws/lambda",
]
GUIDE_DIRS_WITH_INDEX = {"linux", "linux/networking", "databases"}


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def make_png(width, height, seed):
    """A tiny valid RGB PNG built with zlib + struct."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            v = (x * 31 + y * 17 + seed * 7) % 256
            row += bytes((v, (v * 3) % 256, 255 - v))
        rows.append(bytes(row))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
            + chunk(b"IEND", b""))


def ascii_key(s):
    out = []
    for ch in s.lower().replace("++", "pp").replace("#", "sharp"):
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-") or "x"


def heading_anchor(h):
    """The id Goldmark's GitHub-style auto heading IDs give a heading."""
    out = []
    for ch in h.lower():
        if ch.isalnum() or ch in "-_":
            out.append(ch)
        elif ch == " ":
            out.append("-")
    return "".join(out)


def yaml_str(s, rng, allow_plain=True):
    """Quote a string for YAML in one of several styles."""
    plain_ok = (
        allow_plain and s and s == s.strip() and "  " not in s
        and all(ch.isalnum() or ch in " -." for ch in s)
        and s[0].isalpha() and not s[-1] == "."
        and s.lower() not in ("yes", "no", "true", "false", "null", "on", "off", "y", "n")
    )
    r = rng.random()
    if plain_ok and r < 0.4:
        return s
    if r < 0.6 and "\n" not in s:
        return "'" + s.replace("'", "''") + "'"
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def toml_str(s, rng):
    if "'" not in s and rng.random() < 0.25:
        return "'" + s + "'"  # literal string
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class Dt:
    """A generated date: components plus how it is written."""
    __slots__ = ("y", "mo", "d", "h", "mi", "s", "frac", "off", "kind")

    def __init__(self, y, mo, d, h=0, mi=0, s=0, frac="", off="", kind="full"):
        self.y, self.mo, self.d, self.h, self.mi, self.s = y, mo, d, h, mi, s
        self.frac, self.off, self.kind = frac, off, kind

    def text(self):
        if self.kind == "date":
            return "%04d-%02d-%02d" % (self.y, self.mo, self.d)
        return "%04d-%02d-%02dT%02d:%02d:%02d%s%s" % (
            self.y, self.mo, self.d, self.h, self.mi, self.s, self.frac, self.off)

    def later(self, days):
        """Same time, `days` later (calendar-naive, clamps to day 28)."""
        d = self.d + days
        mo, y = self.mo, self.y
        while d > 28:
            d -= 28
            mo += 1
            if mo > 12:
                mo, y = 1, y + 1
        return Dt(y, mo, d, self.h, self.mi, self.s, self.frac, self.off, self.kind)


def random_dt(rng, year_lo, year_hi, allow_date_only=True):
    y = rng.randint(year_lo, year_hi)
    mo = rng.randint(1, 12)
    d = rng.randint(1, 28)
    r = rng.random()
    if allow_date_only and r < 0.15:
        return Dt(y, mo, d, kind="date")
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    frac = ".%03d" % rng.randint(0, 999) if rng.random() < 0.05 else ""
    off = "" if r < 0.35 else rng.choice(TZ_OFFSETS)
    return Dt(y, mo, d, h, mi, s, frac, off)


# ---------------------------------------------------------------------------
# Body generation
# ---------------------------------------------------------------------------

def gen_body(rng, n, bundle, target_len):
    parts = []
    size = 0
    headings_used = []
    footnotes = []
    refs = []
    more_at = rng.choice([1, 2]) if rng.random() < 0.25 else -1
    block_no = 0

    def para():
        k = rng.randint(2, 5)
        sents = [rng.choice(SENTENCES) for _ in range(k)]
        r = rng.random()
        if r < 0.2:
            sents.insert(1, "See [the docs](%s) for details." % rng.choice(EXTERNAL_LINKS))
        elif r < 0.3:
            sents.insert(1, "More context is on the [about page](%s)." % rng.choice(ROOT_LINKS))
        elif r < 0.4:
            sents.insert(1, "I covered the setup [in an earlier post](../%s-%d/)."
                         % (ascii_key(rng.choice(TECH)), rng.randint(1, max(1, n))))
        elif r < 0.5 and headings_used:
            h = rng.choice(headings_used)
            sents.insert(1, "Jump back to [%s](#%s)." % (h, heading_anchor(h)))
        elif r < 0.58:
            ref = "ref%d" % (len(refs) + 1)
            refs.append((ref, rng.choice(EXTERNAL_LINKS)))
            sents.insert(1, "The [reference implementation][%s] is worth reading." % ref)
        elif r < 0.64:
            footnotes.append(rng.choice(SENTENCES))
            sents.append("[^%d]" % len(footnotes))
        elif r < 0.70:
            sents.append("Autolinks work too: <https://example.org/a?b=c&d=e> and www.example.com.")
        elif r < 0.76:
            sents.append("Press <kbd>Ctrl</kbd>+<kbd>C</kbd> to stop it, ~~not~~ *gently*.")
        elif r < 0.80:
            sents.append("Emphasis: **bold**, _italic_, `inline code` and ***both***.")
        return " ".join(sents)

    def heading():
        h = rng.choice(HEADINGS)
        if h in headings_used:
            h = "%s %d" % (h, len(headings_used) + 1)
        headings_used.append(h)
        return "%s %s" % (rng.choice(["##", "###", "####", "####"]), h)

    def image():
        r = rng.random()
        if bundle and r < 0.5:
            return rng.choice(["![cover](cover.png)", "![diagram](images/diagram.png \"Diagram\")",
                               "![diagram](./images/diagram.png)"])
        if r < 0.75:
            return "![placeholder](/images/placeholder.png)"
        return "![remote image](https://example.com/img/photo-%d.jpg)" % rng.randint(1, 99)

    def code():
        lang, src = rng.choice(CODE_SAMPLES)
        r = rng.random()
        if r < 0.7:
            return "```%s\n%s\n```" % (lang, src)
        if r < 0.85:
            return "~~~%s\n%s\n~~~" % (lang, src)
        return "\n".join("    " + line for line in src.split("\n"))

    def table():
        rows = ["| Tool | Version | Notes |", "|:-----|-------:|:-----:|"]
        for _ in range(rng.randint(2, 5)):
            rows.append("| %s | %d.%d | %s |" % (
                rng.choice(TECH).replace("|", "\\|"), rng.randint(0, 20),
                rng.randint(0, 9), rng.choice(["ok", "✅", "❌ broken", "café ☕", "`--flag`"])))
        return "\n".join(rows)

    def listing():
        r = rng.random()
        items = [rng.choice(SENTENCES) for _ in range(rng.randint(2, 4))]
        if r < 0.35:
            return "\n".join("- [%s] %s" % (rng.choice("x "), it) for it in items)
        if r < 0.7:
            return "\n".join("%d. %s" % (k + 1, it) for k, it in enumerate(items))
        return "\n".join("* %s" % it for it in items)

    def quote():
        return "> " + rng.choice(SENTENCES) + "\n>\n> — someone on the internet"

    makers = [para, para, para, heading, image, code, table, listing, quote]
    while size < target_len:
        if block_no == more_at:
            parts.append("<!--more-->")
        block = rng.choice(makers)() if block_no else para()
        parts.append(block)
        size += len(block.encode("utf-8")) + 2
        block_no += 1
    if refs:
        parts.append("\n".join("[%s]: %s" % r for r in refs))
    if footnotes:
        parts.append("\n".join("[^%d]: %s" % (k + 1, f) for k, f in enumerate(footnotes)))
    return "\n\n".join(parts) + "\n"


# ---------------------------------------------------------------------------
# Front matter
# ---------------------------------------------------------------------------

def render_front_matter(fmt, fm, rng):
    """fm: ordered list of (key, value); values are str, bool, list[str] or Dt."""
    if fmt == "json":
        obj = {}
        for k, v in fm:
            obj[k] = v.text() if isinstance(v, Dt) else v
        text = json.dumps(obj, ensure_ascii=rng.random() < 0.3,
                          indent=rng.choice([2, 4]))
        return text + "\n"

    if fmt == "toml":
        lines = ["+++"]
        for k, v in fm:
            if isinstance(v, bool):
                lines.append("%s = %s" % (k, "true" if v else "false"))
            elif isinstance(v, Dt):
                if rng.random() < 0.6:
                    lines.append("%s = %s" % (k, v.text()))  # native TOML datetime
                else:
                    lines.append('%s = "%s"' % (k, v.text()))
            elif isinstance(v, list):
                lines.append("%s = [%s]" % (k, ", ".join(toml_str(x, rng) for x in v)))
            else:
                lines.append("%s = %s" % (k, toml_str(v, rng)))
        lines.append("+++")
        return "\n".join(lines) + "\n"

    lines = ["---"]
    for k, v in fm:
        if isinstance(v, bool):
            lines.append("%s: %s" % (k, "true" if v else "false"))
        elif isinstance(v, Dt):
            if rng.random() < 0.7:
                lines.append("%s: %s" % (k, v.text()))
            else:
                lines.append('%s: "%s"' % (k, v.text()))
        elif isinstance(v, list):
            if rng.random() < 0.5:
                lines.append("%s:" % k)
                lines.extend("- %s" % yaml_str(x, rng) for x in v)
            else:
                lines.append("%s: [%s]" % (k, ", ".join(yaml_str(x, rng, False) for x in v)))
        else:
            lines.append("%s: %s" % (k, yaml_str(v, rng)))
    lines.append("---")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# Site
# ---------------------------------------------------------------------------

HUGO_TOML = """\
baseURL = "https://gen.example.org/"
title = "Generated Site ({n} posts, seed {seed})"
languageCode = "en-us"
timeZone = "America/New_York"

[permalinks]
  posts = "/:year/:month/:day/:slug/"
  notes = "/:section/:title/"
  # guides: no pattern, URLs follow the content path

[params]
  author = "Generator"
  description = "Synthetic content for testing feed generation."

[markup.goldmark.renderer]
  unsafe = false
"""

SINGLE_HTML = """\
<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title></head>
<body>
<h1>{{ .Title }}</h1>
{{ .Content }}
</body>
</html>
"""

LIST_HTML = """\
<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title></head>
<body>
<h1>{{ .Title }}</h1>
{{ .Content }}
<ul>
{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
{{ end }}</ul>
</body>
</html>
"""


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def make_title(rng, i):
    tmpl, _script = rng.choice(TITLE_TEMPLATES)
    t = rng.choice(TECH)
    u = rng.choice([x for x in TECH[:12] if x != t])
    title = tmpl.format(t=t, u=u, h=rng.choice(HANDLES)) + rng.choice(ID_SUFFIXES).format(i=i)
    r = rng.random()
    if r < 0.05:
        words = title.split(" ")
        k = rng.randrange(len(words))
        words[k] = words[k] + " " * rng.randint(1, 3)
        title = " ".join(words)
    r = rng.random()
    if r < 0.04:
        title = " " * rng.randint(1, 2) + title
    elif r < 0.08:
        title = title + " " * rng.randint(1, 2)
    return title, t


def make_slug(rng, i, tech):
    key = ascii_key(tech)
    return rng.choice([
        "%s-%d" % (key, i),
        "%s Notes %d" % (tech.replace("#", "sharp").replace("+", "p"), i),
        "%s_%d" % (key.upper(), i),
        "über-%s-%d" % (key, i),
        "My %s Story %d" % (key.capitalize(), i),
    ])


def generate(out, n, seed, hash_urls=False):
    rng = random.Random(seed)
    content = os.path.join(out, "content")
    for d in ("layouts/_default", "static/images", "content/posts",
              "content/notes", "content/guides"):
        os.makedirs(os.path.join(out, d), exist_ok=True)
    write(os.path.join(out, "hugo.toml"), HUGO_TOML.format(n=n, seed=seed))
    write(os.path.join(out, "layouts/_default/single.html"), SINGLE_HTML)
    write(os.path.join(out, "layouts/_default/list.html"), LIST_HTML)
    with open(os.path.join(out, "static/images/placeholder.png"), "wb") as f:
        f.write(make_png(8, 8, seed))
    write(os.path.join(content, "about.md"),
          '---\ntitle: "About"\n---\n\nA generated site with %d pages (seed %d).\n' % (n, seed))
    write(os.path.join(content, "posts/_index.md"), '---\ntitle: "Posts"\n---\n')
    write(os.path.join(content, "notes/_index.md"), '+++\ntitle = "Notes"\n+++\n')
    write(os.path.join(content, "guides/_index.md"), '{\n  "title": "Guides"\n}\n')
    for gd in GUIDE_DIRS:
        os.makedirs(os.path.join(content, "guides", gd), exist_ok=True)
        if gd in GUIDE_DIRS_WITH_INDEX:
            write(os.path.join(content, "guides", gd, "_index.md"),
                  '---\ntitle: "Guides: %s"\n---\n' % gd)

    cover_png = make_png(16, 16, seed + 1)
    diagram_png = make_png(12, 8, seed + 2)
    stats = {"yaml": 0, "toml": 0, "json": 0, "bundle": 0, "draft": 0,
             "future": 0, "expired": 0, "slug": 0, "url": 0}

    for i in range(1, n + 1):
        r = rng.random()
        section = "posts" if r < 0.6 else ("notes" if r < 0.8 else "guides")
        bundle = rng.random() < 0.10
        has_slug = rng.random() < 0.3
        has_url = rng.random() < 0.02
        # Hugo keeps '#' unescaped in URLs derived from titles, which turns the
        # rest of the permalink into a fragment.  Unless --hash-urls is given,
        # pages whose URL comes from the title get a title without '#'.
        title_url = not has_url and (section == "notes"
                                     or (section == "posts" and not has_slug))
        title, tech = make_title(rng, i)
        while title_url and not hash_urls and "#" in title:
            title, tech = make_title(rng, i)
        fmt_r = rng.random()
        fmt = "yaml" if fmt_r < 0.6 else ("toml" if fmt_r < 0.9 else "json")
        stats[fmt] += 1

        status_r = rng.random()
        fm = [("title", title)]
        if status_r < 0.03:                                   # future
            date = random_dt(rng, 2099, 2099)
            fm.append(("date", date))
            if rng.random() < 0.8:
                fm.append(("publishDate", date))
            stats["future"] += 1
        else:
            date = random_dt(rng, 2012, 2024)
            fm.append(("date", date))
        if 0.03 <= status_r < 0.05:                           # expired
            date.y = min(date.y, 2019)
            fm.append(("expiryDate", random_dt(rng, 2020, 2022)))
            stats["expired"] += 1
        draft = 0.05 <= status_r < 0.10
        if draft:
            fm.append(("draft", True))
            stats["draft"] += 1
        elif rng.random() < 0.5:
            fm.append(("draft", False))

        if has_slug:
            fm.append(("slug", make_slug(rng, i, tech)))
            stats["slug"] += 1
        if has_url:
            key = ascii_key(tech)
            # A bundle's resources are published next to its URL, so bundles
            # only get directory-style URLs (a file URL would make every
            # bundle publish /legacy/cover.png).
            if bundle or rng.random() < 0.6:
                fm.append(("url", "/archive/%d/%s/" % (i, key)))
            else:
                fm.append(("url", "/legacy/%s-%d.html" % (key, i)))
            stats["url"] += 1
        if rng.random() < 0.25:
            fm.append(("lastmod", date.later(rng.randint(1, 60))))
        if rng.random() < 0.3:
            fm.append(("description", rng.choice(SENTENCES)))
        if fmt == "toml" and rng.random() < 0.3:
            fm.append(("summary", rng.choice(SENTENCES)))
        if rng.random() < 0.2:
            fm.append(("authors", rng.sample(AUTHORS, rng.randint(1, 2))))
        if rng.random() < 0.85:
            fm.append(("categories", rng.sample(CATEGORY_POOL, rng.randint(1, 2))))
        if rng.random() < 0.9:
            fm.append(("tags", rng.sample(TAG_POOL, rng.randint(1, 5))))

        body = gen_body(rng, n, bundle, rng.randint(1000, 4000))
        text = render_front_matter(fmt, fm, rng) + "\n" + body

        if section == "guides":
            folder = os.path.join(content, "guides", rng.choice(GUIDE_DIRS))
        else:
            folder = os.path.join(content, section)
        if section == "guides" and rng.random() < 0.1:
            base = "%s Guide %d" % (tech.replace("#", "sharp").replace("+", "p")
                                    .replace(".", ""), i)   # spaces + uppercase
        else:
            base = "%05d-%s" % (i, ascii_key(tech))
        if bundle:
            stats["bundle"] += 1
            bdir = os.path.join(folder, base)
            os.makedirs(os.path.join(bdir, "images"), exist_ok=True)
            write(os.path.join(bdir, "index.md"), text)
            with open(os.path.join(bdir, "cover.png"), "wb") as f:
                f.write(cover_png)
            with open(os.path.join(bdir, "images", "diagram.png"), "wb") as f:
                f.write(diagram_png)
        else:
            write(os.path.join(folder, base + ".md"), text)
    return stats


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Generate a deterministic synthetic Hugo site.",
        epilog="Example: python3 scripts/generate-site.py /tmp/gen --posts 500 --seed 7")
    ap.add_argument("out_dir", metavar="OUT_DIR")
    ap.add_argument("--posts", type=int, required=True, metavar="N")
    ap.add_argument("--seed", type=int, default=1, metavar="S")
    ap.add_argument("--force", action="store_true",
                    help="delete OUT_DIR/content, layouts and static first if they exist")
    ap.add_argument("--hash-urls", action="store_true",
                    help="also put '#' into titles that Hugo turns into URLs "
                         "(Hugo leaves '#' unescaped, so such permalinks are only "
                         "unique as strings, not as parsed URLs)")
    args = ap.parse_args(argv)
    if args.posts < 0:
        ap.error("--posts must be >= 0")
    content = os.path.join(args.out_dir, "content")
    if os.path.exists(content):
        if not args.force:
            ap.error("%s already exists (use --force to replace it)" % content)
        for d in ("content", "layouts", "static"):
            shutil.rmtree(os.path.join(args.out_dir, d), ignore_errors=True)
    t0 = time.perf_counter()
    stats = generate(args.out_dir, args.posts, args.seed, args.hash_urls)
    dt = time.perf_counter() - t0
    summary = ", ".join("%s=%d" % kv for kv in stats.items())
    print("wrote %d pages to %s in %.2fs (%s)" % (args.posts, args.out_dir, dt, summary),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
