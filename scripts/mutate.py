#!/usr/bin/env python3
"""Hostile input for Herald: a mutation campaign that nobody tuned Herald to (issue 11).

Usage: python3 scripts/mutate.py --herald PATH [--runs 10000] [--seed 1] [--jobs 2] [--quick]
       python3 scripts/mutate.py --herald PATH --seed S --case N     (replays one run, verbosely)

Each run copies a base site into a fresh folder (the bundled Hugo example feeds/example, a Hugo
site of TOML/JSON/YAML front matter, bundles and nested sections, a Jekyll site with a category
folder; the last two generated here), applies 1-3 mutations and runs the real binary on it:
  post        a post's bytes: bit flips, inserts, deletes, truncation, a duplicated region, a
              hostile token spliced in, or a front matter key set to a hostile value
  config      hugo.toml / _config.yml: the same byte operators, or baseURL, timeZone,
              permalinks, uglyURLs (url, baseurl, timezone, permalink for Jekyll) set to junk
  definition  a site definition with targets of every type, each pointed at a receiver on
              127.0.0.1, secrets in environment variables: bytes, keys, templates, secret refs
  receiver    what the receiver answers: status codes, 429 + Retry-After, echoes of the request
              (URL, headers, body) in error answers, slow answers, closed connections, garbage
Commands: list --site --json, build --site --output, check --site; with a definition also
announce --dry-run, run, announce, status --json and preview. Every command has a wall-clock
limit and its own XDG_STATE_HOME and HOME inside the run's folder.

Oracles (a finding names one):
  1 signal     death by a signal, an exit status outside 0/1/64/73, crash text in stderr
  2 hang       a command over --timeout seconds (it is killed)
  3 feed       a written .xml that xmllint rejects, a .json that does not parse, a feed that
               `herald check` rejects, two feeds written to one file, a file written outside
               the output folder
  4 missing    a post nobody mutated that the unmutated site publishes (the baseline, one per
               base site) is not published, or is missing from the site feed; after a config
               mutation, exit 64 with a path:line: message is accepted instead
  5 silent     a mutated post that disappears from `list --json` or from the site feed while
               its path is not named in stderr
  6 secret     a secret value or URL token in stdout, stderr, status --json or any written file
  7 unnamed    exit 64 without a message naming a file (path:line: or path:)

Reading a finding: each is saved (at most 3 per distinct reason) in --keep DIR/case-N/: the
run's folder as it was left (site/, def.toml, out/, state/), commands.txt (each command, its
exit status, time, stdout and stderr), findings.txt, mutations.txt and replay.txt, whose one
line replays the run with the same mutations and receiver answers (deterministic per seed).
Exit status 1 when there is any finding.
"""
import argparse, base64, concurrent.futures, json, os, random, re, shutil, signal, subprocess
import sys, tempfile, threading, time, traceback, xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXITS = {0, 1, 64, 73}
CRASH = re.compile(rb"Fatal error|Swift runtime failure|failed to allocate|Program crashed|"
                   rb"Current stack trace|Backtrace|Thread \d+ crashed|Segmentation fault")
NAMES_FILE = re.compile(r"(?m)(?:^|\s)[^\s:]*[./][^\s:]*:(?:\d+:)?(?:\s|$)")
WRITTEN = re.compile(r"(?m)^\w+\s+(.+\.(?:xml|json|xsl))$")


class Raw(str):
    """A value spliced in as it is written, not quoted."""


# ---------------------------------------------------------------- hostile material
def hostile_tokens():
    table = "|" + "|".join(f"c{i}" for i in range(500)) + "|\n|" + "---|" * 500 + "\n" + ("|x" * 500 + "|\n") * 3
    return [t.encode() if isinstance(t, str) else t for t in [
        "{{<", ">}}", "{{%", "%}}", "[[", "[.]", "+++", "---", "...", "\n---\n", "\n+++\n", "\x00",
        "\u2028", "\u2029", "\u0085", "\r", "\r\n", "\ufeff", "<!--more-->", "<![CDATA[", "]]>", "```",
        '{{< figure src="', "{{< /highlight >}}", '{{< ref "', "{{< youtube >}}", "{{<x", "{{% x %}}{{% /y %}}",
        "&#0;", "&#x110000;", "\\", '"', "'", "\U0010ffff", "\ufffe", "\x1b[31m", "<script>", "$$",
        "👩‍👩‍👧‍👦", "🏳️‍🌈", "e\u0301\u0302\u0303", "a" + "\u0301" * 10000, "A" * 200_000,
        "9" * 400, "1e400", "2024-13-45", "2024-04-15Tx08", "<![CDATA[" * 1000, "![[]()" * 2000, table,
        "[[[[" * 200, "> " * 500 + "x", "*" * 2000, "{{<" * 500, "[x](" * 1000, "<" * 5000, "&" * 5000,
        "tags: [" + ", ".join(f"t{i}" for i in range(10_000)) + "]\n",
        "tags = [" + ", ".join(f'"t{i}"' for i in range(10_000)) + "]\n",
        b"\xff\xfe", b"\xc3\x28", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\x80" * 50]]


TOKENS = hostile_tokens()
GENERIC = ["", " ", "\u2028", "\x00", "{{< x >}}", "+++", "---", "...", 10**30, -2**63 - 1, 2**64,
           Raw("1e400"), Raw("nan"), Raw("inf"), True, [], {}, Raw("[" * 200 + "]" * 200), "x" * 300,
           "A" * 100_000, "👩‍👩‍👧‍👦", "e\u0301" * 50, Raw("2024-13-45"), "2024-04-15Tx08", Raw("[[x]]"),
           Raw("[.]"), Raw("!!binary aGk="), Raw("&a [*a]"), Raw("*nope"), Raw("'unterminated"),
           Raw('"unterminated'), Raw("|\n  block"), Raw("{a: [b, {c: d}]}"), "<![CDATA[" * 1000]
DATES = ["2024-13-45", "2024-04-15Tx08", "2024-02-30", "0000-00-00", "9999-12-31T23:59:60Z",
         "2024-04-15T08:00:00+25:00", "-0001-01-01", "2024-04-15 08:00:00 +0100", "99999-01-01",
         "2024-04-15T08:00:00.99999999999999999Z", "2024-04-15T24:00:00", "Mon, 15 Apr 2024 08:00:00 GMT",
         "15 Apr 2024", "2038-01-19T03:14:08Z", "1900-01-01", Raw("2024-04-15T08:00:00Z"),
         Raw("2024-13-45"), Raw("2024-04-15Tx08"), Raw("1e400"), 10**20, -1, 0, ""]
LONG_TAG = "x" * 300
TAG_SETS = [["index.xml", "feed.xml", "..", "CON"], ["..", "../..", "../../x", "."], ["atom.xml", "feed.json", "tags", "nul", "COM1"],
            ["Go", "GO", "go", "gO"], ["é", "e\u0301", "É"], [LONG_TAG, "é" * 150, "🏳️‍🌈" * 20], ["👩‍👩‍👧‍👦", "a\u200db"],
            ["", " ", "/", "a/b", "%2e%2e", "\u2028", "\x00"], [f"t{i}" for i in range(10_000)],
            [LONG_TAG + str(i) for i in range(300)], ["index.xml"] * 50 + ["INDEX.XML"]]
FM_KEYS = {"title": GENERIC, "date": DATES, "publishDate": DATES, "lastmod": DATES, "expiryDate": DATES,
           "draft": GENERIC + ["true", "yes", 1], "slug": GENERIC + ["..", "index.xml", "/"],
           "url": GENERIC + ["/../../x/", "//evil/", "/index.xml", "?a=b", "#x", "/a b/"],
           "tags": TAG_SETS + GENERIC, "categories": TAG_SETS + GENERIC, "summary": GENERIC,
           "description": GENERIC, "id": GENERIC, "guid": GENERIC, "author": GENERIC, "authors": TAG_SETS + GENERIC,
           "aliases": GENERIC, "weight": GENERIC, "published": GENERIC, "category": GENERIC + ["a/b", ".."],
           "permalink": GENERIC + ["/:title/", "/../"]}
BASE_URLS = ["https://", "https://a?>b/", "http://", "", "ftp://a.example.org/", "https://[::1/",
             "https://a b.example.org/", "https://例え.jp/", "https://a.example.org:99999/", "//a.example.org/",
             "https://a.example.org/with space/", "https://a.example.org/#frag", "javascript:alert(1)",
             "https://a.example.org/" + "x" * 5000 + "/", "https://a.example.org/%zz/", "https://a.example.org",
             "HTTPS://A.EXAMPLE.ORG/", "https://a.example.org/b/../c/", "https://a.example.org/\u2028/",
             Raw("1"), Raw("[]"), Raw("true")]
ZONES = ["Mars/Olympus", "", "UTC+25", "../../../../etc/passwd", "Europe/Berlin\x00", "+05:00", "Local", "x" * 300,
         "EST5EDT", "posix/Europe/Berlin", "right/UTC", "Europe/../Europe/Berlin", "europe/berlin", Raw("5"), Raw("[]")]
PATTERNS = ["/:sections[1:]/:slug/", "/:sections[5:]/", "/:sections[-1]/", "/:sections[a:b]/", "/:sections[1:",
            "/:sections[:]/", "/:sections[9999999999999999999:]/", "/:year/:month/:day/:title/", "/:2006/:01/:02/",
            "/:nonexistent/", "", "/", "/../../:slug/", "/:filename.xml", "/index.xml", "/:slug/:slug/:slug/", ":title",
            "/:yearday/:weekdayname/:monthname/", "/:slugorfilename/", "/%/", "::::", Raw("[]"), Raw("5")]
JEKYLL_PATTERNS = ["pretty", "date", "none", "ordinal", "weekdate", "/:categories/:title.html", "/:nonexistent/",
                   ":title", "/:year/:i_month/:i_day/:short_year/:hour/:minute/:second/:title/", "", "/",
                   "/../../:title/", "/:slugified_categories/:slug/", Raw("[]"), Raw("5")]
TEMPLATES = ["{{title} {{url}}", "{{#tags}}{{.}}", "{{/tags}}", "{{{title}}}", "{{> partial}}", "{{#update}}{{title}}",
             "{{ titel }}", "{{#title}}x{{/titel}}", "{{=<% %>=}}<%title%>", "{{!comment}}{{url}}", "{{", "}}", "",
             "{{title}}" * 5000, "{{#tags}}" * 8 + "{{.}}" + "{{/tags}}" * 8, "\x00{{url}}", "{{^tags}}none{{/tags}}",
             "{{&title}}", "{{ url | upper }}", "{{#tags}}{{#tags}}{{.}}{{/tags}}{{/tags}}", "{{#tags}}" * 200]
NUMBERS = [0, -1, Raw("-0.0"), Raw("1e308"), Raw("1e-300"), 2**63 - 1, 2**63, 2**64, Raw("3.7"), "3", True, [], {},
           Raw("nan"), Raw("inf"), Raw("-inf"), 1_000_000_000]
SECRET_REFS = ['{ env = "HMUT_NOT_SET" }', '{ file = "/nonexistent/secret" }', '{ file = "" }', '{ credential = "nope" }',
               '{ credential = "../../etc/passwd" }', '{ env = "" }', '{ env = 5 }', '{}', '{ env = "A", file = "B" }',
               '"plain-not-a-secret"', '""', '[]', '{ file = "def.toml" }']
CODES = [200, 201, 204, 400, 401, 404, 410, 413, 429, 500, 502, 503]
TYPES = ["file", "webhook", "slack", "discord", "mattermost", "teams", "matrix", "mastodon", "telegram", "ntfy"]


# ---------------------------------------------------------------- base sites
def write(root, files):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text if isinstance(text, bytes) else text.encode())


def hugo_mixed(root):
    body = "A first paragraph with a [link](/about/) and **bold** text.\n\n<!--more-->\n\nMore text.\n"
    write(root, {
        "hugo.toml": 'baseURL = "https://mixed.example.net/blog/"\ntitle = "Mixed Matter"\nlanguageCode = "de-ch"\n'
                     'timeZone = "America/New_York"\n\n[permalinks]\n  posts = "/:year/:month/:day/:slug/"\n'
                     '  docs = "/:sections[1:]/:filename/"\n\n[params]\n  author = "Mia Mixed"\n',
        "content/posts/_index.md": '+++\ntitle = "Posts"\n+++\n',
        "content/posts/toml-post.md": '+++\ntitle = "TOML & friends"\ndate = 2023-03-04T05:06:07-05:00\n'
                                      'tags = ["toml", "Go"]\ncategories = ["Formats"]\nslug = "toml-friends"\n+++\n' + body,
        "content/posts/json-post.md": '{\n  "title": "JSON front matter",\n  "date": "2023-04-05",\n'
                                      '  "tags": ["json", "go"],\n  "summary": "A summary from JSON."\n}\n' + body,
        "content/posts/bundle-one/index.md": "---\ntitle: A leaf bundle\ndate: 2023-05-06T07:08:09Z\n"
                                             "tags: [bundles]\n---\n![photo](photo.jpg)\n\n" + body,
        "content/posts/bundle-one/photo.jpg": b"\xff\xd8\xff\xe0not really a jpeg",
        "content/posts/bundle-one/notes.txt": "a resource, not a post\n",
        "content/posts/draft-post.md": '+++\ntitle = "Draft"\ndate = 2023-01-01\ndraft = true\n+++\n' + body,
        "content/posts/future-post.md": '+++\ntitle = "Future"\ndate = 2099-01-01\n+++\n' + body,
        "content/posts/expired-post.md": '+++\ntitle = "Expired"\ndate = 2000-01-01\nexpiryDate = 2001-01-01\n+++\n' + body,
        "content/posts/shortcodes.md": '+++\ntitle = "Shortcodes"\ndate = 2023-06-01T10:00:00Z\n+++\n'
                                       '{{< figure src="/img/a.png" title="A" >}}\n\n{{< highlight go >}}\nfunc main() {}\n'
                                       '{{< /highlight >}}\n\n{{< youtube dQw4w9WgXcQ >}}\n',
        "content/docs/_index.md": "---\ntitle: Docs\n---\n",
        "content/docs/guides/_index.md": "---\ntitle: Guides\n---\n",
        "content/docs/guides/install.md": '+++\ntitle = "Install"\ndate = 2023-07-01\ntags = ["docs"]\n+++\n' + body,
        "content/docs/guides/advanced/tuning.md": '{"title": "Tuning", "date": "2023-07-02T00:00:00Z", '
                                                  '"categories": ["Ops"]}\n' + body,
        "content/docs/reference/index.md": '+++\ntitle = "Reference bundle"\ndate = 2023-07-03\n+++\n' + body,
        "content/news/2024/summer.md": "---\ntitle: Summer\npublishDate: 2024-06-21\nlastmod: 2024-06-22\n"
                                       "summary: Hot.\ntags: [Sommer, zürich]\n---\n" + body,
        "content/news/crlf.md": ("\ufeff---\r\ntitle: CRLF and BOM\r\ndate: 2024-01-02\r\ntags:\r\n  - windows\r\n"
                                 "---\r\n" + body.replace("\n", "\r\n")),
        "layouts/_default/single.html": "{{ .Content }}\n", "layouts/_default/list.html": "{{ .Title }}\n",
    })


def jekyll(root):
    body = "A paragraph with a [link](/about/) and *emphasis*.\n\n<!--more-->\n\nThe rest.\n"
    write(root, {
        "_config.yml": 'title: Jekyll Field Notes\nurl: "https://jekyll.example.com"\nbaseurl: "/notes"\n'
                       "timezone: Europe/Paris\npermalink: /:categories/:year/:month/:day/:title:output_ext\n"
                       "author: Jay Kyll\n",
        "_posts/2023-01-05-first-post.md": "---\ntitle: First post\ntags: [intro, meta]\n---\n" + body,
        "_posts/2023-02-10-second.markdown": "---\ntitle: Second\ncategories: [notes, misc]\n---\n" + body,
        "_posts/2024-03-01-with-category.md": "---\ntitle: With a category\ncategory: releases\n---\n" + body,
        "_posts/2022-12-24-date-in-front-matter.md": "---\ntitle: Christmas\ndate: 2022-12-24 18:00:00 +0100\n---\n" + body,
        "_posts/2099-01-01-future.md": "---\ntitle: Future\n---\n" + body,
        "_posts/2023-05-05-unpublished.md": "---\ntitle: Unpublished\npublished: false\n---\n" + body,
        "tech/_posts/2023-07-07-in-tech-folder.md": "---\ntitle: In the tech folder\ntags: [linux]\n---\n" + body,
        "tech/linux/_posts/2023-08-08-nested.md": "---\ntitle: Nested categories\n---\n" + body,
        "_drafts/a-draft.md": "---\ntitle: A draft\ndate: 2023-09-09\n---\n" + body,
        "about.md": "---\ntitle: About\nlayout: page\n---\nAbout.\n",
        "index.md": "---\nlayout: home\n---\n",
    })


BASES = {"hugo-example": lambda root: shutil.copytree(REPO / "feeds" / "example", root, dirs_exist_ok=True),
         "hugo-mixed": hugo_mixed, "jekyll": jekyll}


# ---------------------------------------------------------------- mutation operators
def render(value):
    return str(value) if isinstance(value, Raw) else json.dumps(value, ensure_ascii=False)


def byte_op(rng, data):
    n, op = len(data), rng.choice(["flip", "insert", "delete", "truncate", "duplicate", "token", "token", "token"])
    at = rng.randint(0, n)
    if op == "flip" and n:
        data = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(n)] ^= 1 << rng.randrange(8)
        return bytes(data), "flip bits"
    if op == "insert":
        return data[:at] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 64))) + data[at:], f"insert bytes at {at}"
    if op == "delete" and n:
        return data[:at] + data[at + rng.randint(1, 256):], f"delete bytes at {at}"
    if op == "truncate":
        return data[:at], f"truncate at {at}"
    if op == "duplicate" and n:
        start = rng.randrange(n)
        region = data[start:start + rng.randint(1, 4096)]
        times = rng.choice([1, 2, 10, 100])
        return data[:at] + (region * times)[:1 << 20] + data[at:], f"duplicate {len(region)} bytes x{times} at {at}"
    token = rng.choice(TOKENS)
    where = rng.random()
    if where < 0.4:
        at = rng.randint(0, min(n, 300))
    elif where < 0.7:
        starts = [0] + [m.end() for m in re.finditer(rb"\n", data)]
        at = rng.choice(starts)
    return data[:at] + token + data[at:], f"splice {token[:24]!r}{'...' if len(token) > 24 else ''} ({len(token)} bytes) at {at}"


def set_line_key(text, key, value, sep, start, end):
    """Sets key in text[start:end] (lines of `key sep value`), dropping YAML continuation lines."""
    block = text[start:end]
    pattern = re.compile(rf"(?mi)^{re.escape(key)}[ \t]*{re.escape(sep)}.*\n(?:[ \t-].*\n)*" if sep == ":"
                         else rf"(?mi)^[ \t]*{re.escape(key)}[ \t]*{re.escape(sep)}.*\n")
    line = f"{key}{' ' if sep == '=' else ''}{sep} {render(value)}\n"
    found = pattern.search(block)
    if found:
        block = block[:found.start()] + line + block[found.end():]
    else:
        block = line + block
    return text[:start] + block + text[end:]


def set_front_matter(data, key, value):
    text = data.decode("utf-8", "surrogateescape")
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    text = text[len(bom):]
    for fence, sep in (("---", ":"), ("+++", "=")):
        if text.startswith(fence):
            first = text.find("\n") + 1
            close = re.search(rf"(?m)^{re.escape(fence)}\s*$", text[first:])
            end = first + close.start() if close else len(text)
            text = set_line_key(text, key, value, sep, first, end)
            break
    else:
        if text.lstrip().startswith("{"):
            try:
                front, end = json.JSONDecoder().raw_decode(text.lstrip())
                front[key] = "\x01PLACEHOLDER\x01"
                text = json.dumps(front, indent=2, ensure_ascii=False).replace('"\\u0001PLACEHOLDER\\u0001"', render(value)) + text.lstrip()[end:]
            except ValueError:
                text = text.replace("{", "{" + json.dumps(key) + ": " + render(value) + ",", 1)
        else:
            text = f"---\n{key}: {render(value)}\n---\n" + text
    return (bom + text).encode("utf-8", "surrogateescape")


def toml_table(text, header, index=0):
    """The span of the index-th table `header` ([x] or [[x]]); header None is the top level."""
    heads = [m for m in re.finditer(r"(?m)^[ \t]*\[.*\][ \t]*$", text)]
    if header is None:
        return 0, heads[0].start() if heads else len(text)
    mine = [m for m in heads if m.group().strip() == header]
    if len(mine) <= index:
        return None
    after = [m.start() for m in heads if m.start() > mine[index].start()]
    return mine[index].end() + 1, after[0] if after else len(text)


def set_toml(text, header, key, value, index=0):
    span = toml_table(text, header, index)
    if span is None:
        return text + f"\n{header}\n{key} = {render(value)}\n"
    if span[0] > len(text):
        text += "\n"
    return set_line_key(text, key, value, "=", *span)


def mutate_post(rng, data):
    if rng.random() < 0.6:
        return byte_op(rng, data)
    key = rng.choice(sorted(FM_KEYS))
    value = rng.choice(FM_KEYS[key])
    return set_front_matter(data, key, value), f"front matter {key} = {render(value)[:40]!r}"


def mutate_config(rng, data, name):
    if rng.random() < 0.5:
        return byte_op(rng, data)
    text = data.decode("utf-8", "surrogateescape")
    if name == "_config.yml":
        key, values = rng.choice([("url", BASE_URLS), ("baseurl", ["/blog", "", "blog", "//", "/a b/", "/../", "/%zz", "?", "#", Raw("[]")]),
                                  ("timezone", ZONES), ("permalink", JEKYLL_PATTERNS), ("title", GENERIC), ("author", GENERIC)])
        value = rng.choice(values)
        text = set_line_key(text, key, value, ":", 0, len(text))
    else:
        key = rng.choice(["baseURL", "timeZone", "permalinks", "uglyURLs", "title", "languageCode", "summaryLength"])
        if key == "permalinks":
            section, value = rng.choice(["posts", "docs", "news", "notes", '""', "*"]), rng.choice(PATTERNS)
            text, key = set_toml(text, "[permalinks]", section, value), f"permalinks.{section}"
        elif key == "uglyURLs" and rng.random() < 0.5:
            value = rng.choice(["\n[uglyURLs]\nposts = true\n", '\n[uglyURLs]\n"" = true\n', "\n[uglyURLs]\nposts = 'yes'\n"])
            text += value
        else:
            values = {"baseURL": BASE_URLS, "timeZone": ZONES, "uglyURLs": [Raw("true"), "yes", 1, []],
                      "summaryLength": [-1, 0, 10**20, Raw("1e9")]}.get(key, GENERIC)
            value = rng.choice(values)
            text = set_toml(text, None, key, value)
    return text.encode("utf-8", "surrogateescape"), f"{key} = {render(value)[:40]!r}"


def make_definition(rng, base):
    types = rng.sample(TYPES, rng.randint(1, 4))
    env, tokens, lines = {}, [], ['[site]', 'source = "site"', '', '[feeds]', 'output = "out-def"', '',
                                  '[announce]', 'state = "state"', 'lock_wait = 2', '']

    def secret(name, value, token):
        env[name] = value
        tokens.append((token, f"{kind} {name.rsplit('_', 1)[1].lower()}"))
        return f'{{ env = "{name}" }}'

    for i, kind in enumerate(types):
        hexa, ref = rng.randbytes(12).hex(), f"HMUT_{i}_{kind.upper()}"
        lines += ["[[targets]]", f'name = "{kind}-{i}"', f'type = "{kind}"']
        if kind == "file":
            lines.append('path = "announcements.jsonl"')
        elif kind in ("slack", "discord", "mattermost", "teams", "ntfy", "webhook"):
            lines.append("url = " + secret(ref + "_URL", f"{base}/hooks/{kind}/SECRET-{hexa}", hexa))
        else:
            lines.append(f'server = "{base}"')
        if kind == "webhook":
            key = next(k for k in (base64.b64encode(rng.randbytes(24)).decode() for _ in range(99)) if k.isalnum())
            lines.append("secret = " + secret(ref + "_SECRET", "whsec_" + key, key))
        if kind in ("matrix", "mastodon", "telegram", "ntfy"):
            hexa = rng.randbytes(12).hex()
            value = {"telegram": f"{rng.randint(10**8, 10**9)}:SECRET-{hexa}", "ntfy": f"tk_{hexa}"}.get(kind, f"SECRET-{hexa}")
            lines.append("token = " + secret(ref + "_TOKEN", value, hexa))
        if kind in ("matrix", "telegram"):
            lines.append('room = "!room:example.org"' if kind == "matrix" else 'room = "@channel"')
        if kind != "file":
            lines.append("allow_plain_http = true")
        lines += [f"backfill = {rng.randint(1, 3)}", "attempts = 2", "retry_delay = 0.05", "timeout = 4", ""]
    return "\n".join(lines), env, tokens, types


def safe_definition(text, base):
    """Only loopback: every URL stays the receiver's, no path leaves the run's folder."""
    urls = re.findall(r"://[^\s\"']*", text)
    return (all(u.startswith("://" + base.split("://")[1]) for u in urls) and text.count(base) >= len(urls)
            and not re.search(r"[\"']\s*[/~\\]", text.replace('"/dev/full"', "").replace('"/nonexistent/secret"', "")))


def mutate_definition(rng, text, types, base):
    for _ in range(20):
        op, index = rng.choice(["bytes", "key", "key", "template", "secret", "structure"]), rng.randrange(len(types))
        if op == "bytes":
            data, what = byte_op(rng, text.encode("utf-8", "surrogateescape"))
            new = data.decode("utf-8", "surrogateescape")
        elif op == "key":
            table, key = rng.choice([("[[targets]]", k) for k in ("attempts", "retry_delay", "timeout", "backfill", "max_per_run",
                                     "character_limit", "since", "updates", "name", "type", "visibility", "tags",
                                     "exclude_tags", "sections", "path", "room", "allow_plain_http")]
                                    + [("[announce]", "lock_wait"), ("[announce]", "state"), ("[feeds]", "limit"),
                                       ("[feeds]", "formats"), ("[feeds]", "file_names"), ("[feeds]", "paths"),
                                       ("[feeds]", "max_bytes"), ("[site]", "timezone"), ("[site]", "base_url")])
            value = rng.choice(NUMBERS + GENERIC[:12] + [Raw('["rss", "rss"]'), Raw('["xml"]'), Raw('{ rss = "atom.xml", atom = "atom.xml" }'),
                               Raw('{ section = "" }'), Raw('{ tag = ":slug" }'), Raw('{ rss = "" }'), "site/../state2", "/dev/full",
                               "2024-13-45", "Mars/Olympus", "x" * 300, "a b", "CON", "é"])
            new, what = set_toml(text, table, key, value, index if table == "[[targets]]" else 0), f"{table} {key} = {render(value)[:40]!r}"
        elif op == "template":
            value = rng.choice(TEMPLATES)
            new, what = set_toml(text, "[[targets]]", "template", value, index), f"template = {render(value)[:40]!r}"
        elif op == "secret":
            key, value = rng.choice(["url", "token", "secret"]), Raw(rng.choice(SECRET_REFS))
            new, what = set_toml(text, "[[targets]]", key, value, index), f"{key} = {value}"
        else:
            span = toml_table(text, "[[targets]]", index)
            if span is None:  # an earlier mutation took that target's table apart
                continue
            body = text[span[0]:span[1]]
            choice = rng.choice(["drop", "duplicate", "unknown", "empty"])
            if choice == "drop":
                kept = body.splitlines(True)
                del kept[rng.randrange(len(kept))]
                new = text[:span[0]] + "".join(kept) + text[span[1]:]
            elif choice == "duplicate":
                new = text + "\n[[targets]]\n" + body
            elif choice == "unknown":
                new = text[:span[0]] + rng.choice(["atempts = 2\n", "Attempts = 2\n", "url2 = 1\n", "name = \"again\"\n"]) + text[span[0]:]
            else:
                new = text + "\n[[targets]]\n"
            what = f"structure: {choice} in target {index}"
        if safe_definition(new, base):
            return new, what
    return text, "none (no safe mutation drawn)"


def make_script(rng):
    """What the receiver answers, in order; after it, the default (a 2xx, or a mutated default)."""
    script, budget = [], 4.0
    for _ in range(rng.randint(1, 10)):
        kind = rng.choice(["status", "status", "retry", "echo", "echo", "slow", "close", "garbage"])
        code = rng.choice(CODES)
        if kind == "retry":
            seconds = rng.choice([0, 1, 2]) if budget >= 2 else 0
            budget -= seconds
            script.append(("retry", 429, seconds))
        elif kind == "slow" and budget > 0.2:
            seconds = round(min(rng.uniform(0.1, 2.9), budget), 2)
            budget -= seconds
            script.append(("slow", code, seconds))
        elif kind == "garbage":
            script.append(("garbage", code, rng.randbytes(rng.choice([1, 16, 4096]))))
        else:
            script.append((kind if kind != "slow" else "status", code, 0))
    default = ("status", 200, 0)
    if rng.random() < 0.3:
        default = rng.choice([("status", rng.choice(CODES[3:]), 0), ("echo", rng.choice(CODES[3:]), 0),
                              ("retry", 429, rng.choice([0, 1])), ("close", 0, 0), ("garbage", 200, rng.randbytes(64))])
    return script, default


# ---------------------------------------------------------------- the receiver
class Receiver:
    def __init__(self, script, default):
        self.script, self.default, self.lock, self.requests = list(script), default, threading.Lock(), 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def answer(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with receiver.lock:
                    receiver.requests += 1
                    kind, code, extra = receiver.script.pop(0) if receiver.script else receiver.default
                if kind == "close":
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                headers, payload = {"Content-Type": "application/json"}, b'{"ok":true,"id":"1","event_id":"$1","result":{"message_id":1}}'
                if kind == "slow":
                    time.sleep(extra)
                elif kind == "retry":
                    headers["Retry-After"] = str(extra)
                    payload = json.dumps({"retry_after": extra, "parameters": {"retry_after": extra}}).encode()
                elif kind == "garbage":
                    payload = extra
                elif kind == "echo" or code >= 400:
                    echoed = {"error": "rejected", "url": self.path, "headers": dict(self.headers.items()),
                              "body": body.decode("utf-8", "replace")}
                    payload = json.dumps(echoed).encode() if code % 2 else (
                        f"{self.command} {self.path}\n{self.headers}\n".encode() + body)
                if code == 204:
                    payload = b""
                self.send_response(code)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_POST = do_PUT = do_GET = answer

            def log_message(self, *arguments):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


# ---------------------------------------------------------------- running
def run(herald, args, cwd, env, timeout):
    start = time.monotonic()
    child = subprocess.Popen([herald] + args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        out, err = child.communicate(timeout=timeout)
        hung = False
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        out, err = child.communicate()
        hung = True
    return {"args": args, "rc": child.returncode, "seconds": time.monotonic() - start, "out": out, "err": err, "hung": hung}


def environment(folder, secrets):
    env = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": str(folder / "home"), "XDG_STATE_HOME": str(folder / "xdg"),
           "TMPDIR": str(folder / "tmp"), "NO_PROXY": "*"}
    for name in ("home", "xdg", "tmp"):
        (folder / name).mkdir(exist_ok=True)
    return env | secrets


def listing(result):
    """`list --json`: the posts by path, and the text of its problems (None when it is not that)."""
    try:
        answer = json.loads(result["out"])
        return {p["path"]: p for p in answer["posts"]}, " ".join(p["path"] + ": " + p["message"] for p in answer["problems"])
    except (ValueError, KeyError, TypeError):
        return None, ""


def site_feed_urls(out):
    """Post URLs in the site feed: JSON Feed items, RSS items (None for a feed that is missing or unreadable)."""
    urls = {}
    try:
        urls["feed.json"] = {i.get("url") for i in json.loads((out / "feed.json").read_bytes())["items"]}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        urls["feed.json"] = None
    try:
        urls["index.xml"] = {i.findtext("link") for i in ET.parse(out / "index.xml").getroot().iter("item")}
    except (OSError, ET.ParseError):
        urls["index.xml"] = None
    return urls


def files_under(folder):
    return {p for p in folder.rglob("*") if p.is_file() or p.is_symlink()}


def baseline(herald, name, work, timeout):
    folder = work / f"baseline-{name}"
    BASES[name](folder / "site")
    env = environment(folder, {})
    listed = run(herald, ["list", "--site", "site", "--json"], folder, env, timeout)
    built = run(herald, ["build", "--site", "site", "--output", "out"], folder, env, timeout)
    posts = listing(listed)[0]
    if posts is None or listed["rc"] != 0 or built["rc"] != 0:
        sys.exit(f"baseline {name}: list exit {listed['rc']}, build exit {built['rc']}:\n{listed['err'].decode()}{built['err'].decode()}")
    published = {p for p, post in posts.items() if post["status"] == "published"}
    if name.startswith("hugo"):
        listed_by = lambda which: {line.split(",")[0] for line in subprocess.run(
            ["hugo", "list", which, "--source", str(folder / "site")], capture_output=True, text=True).stdout.splitlines()
            if line.startswith("content/")}
        found = listed_by("all") - listed_by("drafts") - listed_by("future") - listed_by("expired")
        if found != published:
            print(f"note: baseline {name}: Hugo publishes {sorted(found ^ published)} differently", file=sys.stderr)
    return {"posts": posts, "published": published, "feed": site_feed_urls(folder / "out")}


def prepare(seed, index, base_names):
    """The run's plan, from its own random stream: everything below depends only on (seed, index)."""
    rng = random.Random(f"{seed}/{index}")
    kinds = [rng.choices(["post", "config", "definition", "receiver"], [50, 20, 15, 15])[0] for _ in range(rng.randint(1, 3))]
    return rng, rng.choice(base_names), kinds


def run_case(options, seed, index, bases, work):
    rng, base, kinds = prepare(seed, index, sorted(bases))
    folder, site = work / f"case-{index}", work / f"case-{index}" / "site"
    BASES[base](site)
    posts = sorted(bases[base]["posts"])
    mutations, mutated = [], set()
    script, default = make_script(rng) if "receiver" in kinds else ([], ("status", 200, 0))
    receiver = Receiver(script, default)
    definition = None
    if {"definition", "receiver"} & set(kinds) or rng.random() < 0.25:
        definition, secrets, tokens, types = make_definition(rng, receiver.url)
    else:
        secrets, tokens, types = {}, [], []
    for kind in kinds:
        if kind == "post":
            path = rng.choice(posts)
            data, what = mutate_post(rng, (site / path).read_bytes())
            (site / path).write_bytes(data)
            mutated.add(path)
        elif kind == "config":
            path = "_config.yml" if base == "jekyll" else "hugo.toml"
            data, what = mutate_config(rng, (site / path).read_bytes(), path)
            (site / path).write_bytes(data)
        elif kind == "definition":
            path = "def.toml"
            definition, what = mutate_definition(rng, definition, types, receiver.url)
        else:
            path, what = "receiver", f"answers {[s[:2] + (s[2] if s[0] != 'garbage' else len(s[2]),) for s in script]} then {default[:2]}"
        mutations.append((kind, path, what))
    if definition is not None:
        (folder / "def.toml").write_bytes(definition.encode("utf-8", "surrogateescape"))
    env = environment(folder, secrets)
    before = files_under(folder)
    commands = [["list", "--site", "site", "--json"], ["build", "--site", "site", "--output", "out"],
                ["check", "--site", "site", "--output", "out"]]
    results = [run(options.herald, c, folder, env, options.timeout) for c in commands]
    stray = sorted(str(p.relative_to(folder)) for p in files_under(folder) - before
                   if p.relative_to(folder).parts[0] not in ("out", "xdg"))
    if definition is not None:
        target = types[0] + "-0"
        shown = listing(results[0])[0] or {}
        preview = next((p for p in sorted(mutated) + posts if p in shown), posts[0])
        for c in (["announce", "--dry-run"], ["run"], ["announce"], ["status", "--json"], ["preview", preview, "--target", target]):
            results.append(run(options.herald, c[:1] + ["--config", "def.toml"] + c[1:], folder, env, options.timeout))
    receiver.close()
    findings = judge(bases[base], folder, results, mutations, mutated, tokens, stray)
    return {"index": index, "base": base, "kinds": kinds, "mutations": mutations, "results": results,
            "findings": findings, "folder": folder, "env": secrets, "requests": receiver.requests}


# ---------------------------------------------------------------- oracles
def judge(base_line, folder, results, mutations, mutated, tokens, stray):
    findings, leaks = [], {}
    config_mutated = any(kind == "config" for kind, _, _ in mutations)
    for r in results:
        command = " ".join(r["args"][:1])
        first = next((line for line in r["err"].decode("utf-8", "replace").splitlines() if line.strip()), "")
        if r["hung"]:
            findings.append(("2 hang", command, f"killed after {r['seconds']:.1f} s; stderr: {first[:160]}"))
        elif r["rc"] < 0 or r["rc"] not in EXITS:
            findings.append(("1 signal", command, f"exit {r['rc']}; stderr: {first[:160]}"))
        if CRASH.search(r["err"]):
            findings.append(("1 signal", command, "crash text: " + CRASH.search(r["err"]).group().decode()))
        if r["rc"] == 64 and not NAMES_FILE.search(r["err"].decode("utf-8", "replace")):
            findings.append(("7 unnamed", command, f"exit 64 without a file named: {first[:160]}"))
        for token, label in tokens:
            for stream in ("out", "err"):
                if token.encode() in r[stream]:
                    leaks.setdefault(label, []).append(f"{command} std{stream}")
        if r["args"][0] in ("build", "run"):
            written = WRITTEN.findall(r["out"].decode("utf-8", "replace"))
            twice = sorted({w for w in written if written.count(w) > 1})
            if twice:
                findings.append(("3 feed", command, f"written twice in one build: {twice[:3]}"))
    feeds = [p for name in ("out", "out-def") for p in files_under(folder / name) if p.suffix in (".xml", ".json")]
    xml = [str(p) for p in feeds if p.suffix == ".xml"]
    lint = subprocess.run(["xmllint", "--noout", "--nonet"] + xml, capture_output=True, text=True, errors="replace") if xml else None
    if lint and lint.returncode:  # one line per rejected file: its path, then the parser's first complaint
        for path in dict.fromkeys(line.split(":")[0] for line in lint.stderr.splitlines() if line.startswith(str(folder))):
            message = next(l for l in lint.stderr.splitlines() if l.startswith(path + ":"))[len(path):]
            findings.append(("3 feed", "build", f"xmllint rejects {Path(path).relative_to(folder)}{message[:160]}"))
    for path in feeds:
        if path.suffix == ".json":
            try:
                json.loads(path.read_bytes().decode("utf-8"), parse_constant=lambda c: 1 / 0)
            except (ValueError, ZeroDivisionError) as error:
                findings.append(("3 feed", "build", f"JSON feed {path.relative_to(folder)} does not parse: {str(error)[:120]}"))
    build, check = results[1], results[2]
    if build["rc"] in (0, 1) and check["rc"] == 1:
        first = next(iter(check["err"].decode("utf-8", "replace").splitlines()), "")
        findings.append(("3 feed", "check", f"herald check rejects what build wrote: {first[:160]}"))
    if stray:
        findings.append(("3 feed", "build", f"written outside the output folder: {stray[:3]}"))
    for path in files_under(folder):
        rel = path.relative_to(folder)
        if rel.parts[0] not in ("site", "def.toml") and path.is_file():
            data = path.read_bytes()
            for token, label in tokens:
                if token.encode() in data:
                    leaks.setdefault(label, []).append(str(rel))
    for label, places in leaks.items():
        findings.append(("6 secret", label.split()[0], f"the {label} in {', '.join(dict.fromkeys(places))}"))
    # Posts: the baseline says which are published; what list and the site feed say now.
    listed, problems = listing(results[0])
    err = results[0]["err"].decode("utf-8", "replace") + build["err"].decode("utf-8", "replace") + problems
    named = lambda path: (path + ":") in err
    if (config_mutated and results[0]["rc"] == 64) or results[0]["hung"] or results[0]["rc"] < 0:
        return findings  # a broken configuration, or oracle 1 or 2 has it already
    if listed is None:
        findings.append(("4 missing", "list", f"exit {results[0]['rc']}, no post list: {err.splitlines()[0][:160] if err else ''}"))
        return findings
    untouched = base_line["published"] - mutated
    for path in sorted(untouched):
        if listed.get(path, {}).get("status") != "published":
            findings.append(("4 missing", "list", f"untouched {path} is {listed.get(path, {}).get('status', 'missing')}"))
    for path in sorted(mutated):
        if path not in listed and not named(path):
            findings.append(("5 silent", "list", f"mutated {path} disappeared without its path in stderr"))
    if build["rc"] not in (0, 1):
        return findings
    now = site_feed_urls(folder / "out")
    for name, was in base_line["feed"].items():
        if was is None:
            continue
        if now[name] is None:
            findings.append(("4 missing", "build", f"site feed {name} missing or unreadable"))
            continue
        for path in sorted(base_line["published"]):
            old = base_line["posts"][path]["permalink"]
            new = listed.get(path, {}).get("permalink")
            if old not in was or new is None or new in now[name] or listed[path]["status"] != "published":
                continue
            if path not in mutated and not config_mutated:
                findings.append(("4 missing", "build", f"untouched {path} missing from the site feed {name}"))
            elif path in mutated and not named(path):
                findings.append(("5 silent", "build", f"mutated {path} missing from the site feed {name} without its path in stderr"))
    return findings


# ---------------------------------------------------------------- reports
def key_of(finding):
    oracle, command, reason = finding
    """What makes two findings the same: the oracle, the command (the target type for a secret), and
    the start of the reason with the run's paths, posts, quoted values and numbers taken out."""
    if oracle == "6 secret":
        return oracle, command, reason.split(" in ")[0]
    reason = re.sub(r"case-\d+|/[\w./-]*herald-mutate[\w./-]*", "CASE", reason)
    reason = re.sub(r"[^\s']+\.(?:md|markdown)\b", "POST", re.sub(r"'[^']*'", "…", reason))
    return oracle, command, re.sub(r"\d+", "#", reason)[:70]


def save(case, keep, replay):
    target = keep / f"case-{case['index']}"
    if target.exists():
        return target
    shutil.copytree(case["folder"], target, symlinks=True, ignore=lambda d, names: [n for n in names if n == "tmp"])
    with open(target / "commands.txt", "w", encoding="utf-8", errors="replace") as log:
        for r in case["results"]:
            log.write(f"$ herald {' '.join(r['args'])}\nexit {r['rc']}{' (killed: hang)' if r['hung'] else ''} in {r['seconds']:.2f} s\n"
                      f"--- stdout ({len(r['out'])} bytes)\n{r['out'][:20000].decode('utf-8', 'replace')}\n"
                      f"--- stderr ({len(r['err'])} bytes)\n{r['err'][:20000].decode('utf-8', 'replace')}\n\n")
    (target / "mutations.txt").write_text("".join(f"{k}\t{p}\t{w}\n" for k, p, w in case["mutations"]) +
                                          "".join(f"env {n}={v}\n" for n, v in case["env"].items()))
    (target / "findings.txt").write_text("".join(f"{o}\t{c}\t{r}\n" for o, c, r in case["findings"]))
    (target / "replay.txt").write_text(replay + "\n")
    return target


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--herald", required=True)
    parser.add_argument("--runs", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=10)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", default=str(REPO / ".build" / "mutate" / "failures"))
    parser.add_argument("--quick", action="store_true", help="300 runs, a smoke test for CI")
    parser.add_argument("--case", type=int, action="append", help="replay only this run (repeatable)")
    parser.add_argument("--workdir", default="/dev/shm" if os.path.isdir("/dev/shm") else None,
                        help="where runs happen (default tmpfs, so disk flushes do not count as Herald's time)")
    options = parser.parse_args()
    options.herald = os.path.abspath(options.herald)
    runs = options.case or range(options.runs or (300 if options.quick else 10_000))
    keep = Path(options.keep).resolve()
    keep.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="herald-mutate-", dir=options.workdir))
    started, totals, unique, slowest, errors, lock = time.monotonic(), {}, {}, [], [], threading.Lock()
    per_kind = {k: [0, 0] for k in ("post", "config", "definition", "receiver")}
    try:
        bases = {name: baseline(options.herald, name, work, options.timeout) for name in sorted(BASES)}

        def one(index):
            try:
                case = run_case(options, options.seed, index, bases, work)
            except Exception:  # a bug of this script, not a finding: reported, and the campaign goes on
                errors.append(index)
                traceback.print_exc()
                return index
            replay = (f"python3 {REPO / 'scripts' / 'mutate.py'} --herald {options.herald} --seed {options.seed} "
                      f"--case {index} --timeout {options.timeout:g}")
            with lock:
                for kind in set(case["kinds"]):
                    per_kind[kind][0] += 1
                    per_kind[kind][1] += bool(case["findings"])
                slowest.extend((r["seconds"], index, r["args"][0]) for r in case["results"])
                slowest.sort(reverse=True)
                del slowest[5:]
                for finding in dict.fromkeys(case["findings"]):
                    totals[finding[0]] = totals.get(finding[0], 0) + 1
                    entry = unique.setdefault(key_of(finding), {"count": 0, "first": (index, case, finding), "saved": 0})
                    entry["count"] += 1
                    if entry["saved"] < 3:
                        entry["saved"] += 1
                        folder = save(case, keep, replay)
                        entry.setdefault("folder", folder)
                        entry.setdefault("replay", replay)
                if options.case:
                    for r in case["results"]:
                        print(f"$ herald {' '.join(r['args'])}  -> exit {r['rc']} in {r['seconds']:.2f} s{' HANG' if r['hung'] else ''}")
                        print("  " + r["err"][:2000].decode("utf-8", "replace").replace("\n", "\n  "))
                    print("mutations:", *case["mutations"], f"receiver requests: {case['requests']}", sep="\n  ")
                    print("findings:", *case["findings"] or ["none"], sep="\n  ")
            shutil.rmtree(case["folder"], ignore_errors=True)
            return index

        with concurrent.futures.ThreadPoolExecutor(options.jobs) as pool:
            for done, _ in enumerate(pool.map(one, runs), 1):
                if done % 500 == 0:
                    print(f"... {done} runs, {sum(totals.values())} findings, {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    count = len(runs)
    print(f"\nHerald mutation campaign: {count} runs, seed {options.seed}, {time.monotonic() - started:.0f} s, binary {options.herald}")
    print("\n| oracle | findings |\n| --- | ---: |")
    for oracle in ("1 signal", "2 hang", "3 feed", "4 missing", "5 silent", "6 secret", "7 unnamed"):
        print(f"| {oracle} | {totals.get(oracle, 0)} |")
    print("\n| mutation kind | runs | runs with a finding |\n| --- | ---: | ---: |")
    for kind, (n, bad) in per_kind.items():
        print(f"| {kind} | {n} | {bad} |")
    if errors:
        print(f"\nthe script itself failed on runs {errors[:20]} (tracebacks above)")
    print("\nslowest commands:", ", ".join(f"{s:.2f} s (run {i}, {c})" for s, i, c in slowest))
    if unique:
        print(f"\n{len(unique)} distinct findings (oracle, command, reason; count; first run's mutations; replay):")
        for key, entry in sorted(unique.items(), key=lambda kv: (kv[0][0], -kv[1]["count"])):
            index, case, finding = entry["first"]
            print(f"- {finding[0]} [{finding[1]}] x{entry['count']}: {finding[2]}\n    mutations: "
                  + "; ".join(f"{k} {p}: {w}" for k, p, w in case["mutations"])
                  + f"\n    saved: {entry.get('folder')}\n    replay: {entry.get('replay')}")
    return 1 if unique or errors else 0


if __name__ == "__main__":
    sys.exit(main())
