"""Reads feeds with feedparser, a real feed reader, and prints what it saw as JSON.

Usage: read-feeds.py FILE...  (the tests run it with the virtual environment `make deps` makes)
"""
import json
import sys

import feedparser


def entry(item):
    return {
        "id": item.get("id"),
        "title": item.get("title"),
        "link": item.get("link"),
        "published": item.get("published"),
        "updated": item.get("updated"),
        "authors": [author.get("name") for author in item.get("authors", []) if author.get("name")],
        "tags": [tag.get("term") for tag in item.get("tags", [])],
        "summary": item.get("summary"),
        "content": [content.get("value") for content in item.get("content", [])],
        "translations": {link["hreflang"]: link.get("href") for link in item.get("links", [])
                         if link.get("rel") == "alternate" and link.get("hreflang")},
    }


def main(paths):
    results = {}
    for path in paths:
        parsed = feedparser.parse(path)
        results[path] = {
            "bozo": bool(parsed.bozo),
            "bozo_exception": str(parsed.get("bozo_exception", "")),
            "version": parsed.version,
            "title": parsed.feed.get("title"),
            "link": parsed.feed.get("link"),
            "updated": parsed.feed.get("updated"),
            "entries": [entry(item) for item in parsed.entries],
        }
    json.dump(results, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1:])
