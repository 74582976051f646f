#!/usr/bin/env python3
"""Measure Herald against Hugo on generated sites, side by side in one run.

Usage: python3 scripts/bench.py [--sizes 1000,10000,100000] [--reps 3] [--herald .build/release/herald]
(`make bench` runs it on a release build.)

For each size, a Hugo site is generated (scripts/generate-site.py) and each command is timed
around its own process, with its peak memory from wait4 (what /usr/bin/time -v reports),
several times each, medians reported:

  hugo            Hugo 0.111 building only the site's RSS feed of the newest 20 posts, with full
                  content (no pages rendered: `_build.render = "link"`, RSS the only output)
  herald cold     `herald build` of the same feed with an empty state folder (no caches, no stamp)
  herald no-change  the same build again, nothing changed
  herald one-post   after one post file changed

The table (median seconds, Herald/Hugo ratio, peak memory) is printed and written to
.build/bench/results-COMMIT.txt. The targets at 10,000 posts are checked: cold at most 1/10 of
Hugo's time, no-change at most 1/50, one changed post at most 1/20, peak memory at most 64 MB;
and time and peak memory per post must not grow by more than 1.5x from the smallest to the
largest site.
Exit status 1 when a target is missed.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, ".build", "bench")

HUGO_RSS_ONLY = """
[outputs]
home = ["RSS"]
[[cascade]]
[cascade._build]
render = "link"
[cascade._target]
kind = "page"
"""

RSS_TEMPLATE = """<rss version="2.0"><channel><title>{{ .Site.Title }}</title><link>{{ .Permalink }}</link>
{{ range first 20 .Site.RegularPages }}<item><title>{{ .Title }}</title><link>{{ .Permalink }}</link><guid>{{ .Permalink }}</guid><pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" }}</pubDate><description>{{ .Content | html }}</description></item>
{{ end }}</channel></rss>
"""


def stolen_ticks():
    """The machine's CPU time taken by its hypervisor so far (/proc/stat's steal), in ticks; 0
    where the kernel does not say."""
    try:
        with open("/proc/stat") as stat:
            fields = stat.readline().split()
        return int(fields[8]) if len(fields) > 8 else 0
    except OSError:
        return 0


STOLEN = []  # each measurement's share of the machine's CPU time taken by its hypervisor


def measure(command, cwd=None):
    """Runs command; returns (seconds, peak KB). The peak is the child's maximum resident set
    size from wait4, the figure `/usr/bin/time -v` prints; the time is taken here, to the
    microsecond, without /usr/bin/time's own start in it (a fifth of a no-change run). The
    CPU time stolen meanwhile is recorded: on a shared virtual machine it, not the program,
    can make a run slow."""
    stolen = stolen_ticks()
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    ticks = os.sysconf("SC_CLK_TCK") * seconds * (os.cpu_count() or 1)
    STOLEN.append((stolen_ticks() - stolen) / ticks if ticks > 0 else 0)
    errors = child.stderr.read().decode(errors="replace")
    child.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(command)}\n{errors}")
    return seconds, usage.ru_maxrss


def prepare(size):
    site = os.path.join(WORK, f"site-{size}")
    if not os.path.exists(os.path.join(site, "hugo.toml")):
        subprocess.run(
            [sys.executable, os.path.join(ROOT, "scripts", "generate-site.py"), site, "--posts", str(size),
             "--seed", "3", "--force"], check=True, stdout=subprocess.DEVNULL)
        config = open(os.path.join(site, "hugo.toml")).read()
        config = ('disableKinds = ["section", "taxonomy", "term", "sitemap", "robotsTXT", "404"]\n' + config +
                  HUGO_RSS_ONLY + "[services]\n[services.rss]\nlimit = 20\n")
        open(os.path.join(site, "hugo.toml"), "w").write(config)
        os.makedirs(os.path.join(site, "layouts"), exist_ok=True)
        open(os.path.join(site, "layouts", "index.rss.xml"), "w").write(RSS_TEMPLATE)
    definition = os.path.join(WORK, f"herald-{size}.toml")
    open(definition, "w").write(
        f'[site]\nsource = "site-{size}"\n[feeds]\noutput = "out-{size}"\nformats = ["rss"]\nsections = false\n'
        f'tags = false\ncategories = false\nstylesheet = false\nlimit = 20\ncontent = "full"\n'
        f'[announce]\nstate = "state-{size}"\n')
    return site, definition


def bench(size, reps, herald):
    site, definition = prepare(size)
    state, output = os.path.join(WORK, f"state-{size}"), os.path.join(WORK, f"out-{size}")
    samples = {"hugo": [], "herald cold": [], "herald no-change": [], "herald one-post": []}
    posts = sorted(os.path.join(d, f) for d, _, files in os.walk(os.path.join(site, "content", "posts"))
                   for f in files if f.endswith(".md"))
    build = [herald, "build", "--config", definition]
    for rep in range(reps):
        for folder in ("public", "resources"):
            shutil.rmtree(os.path.join(site, folder), ignore_errors=True)
        samples["hugo"].append(measure(["hugo", "--quiet", "-d", os.path.join(WORK, f"hugo-out-{size}")], cwd=site))
        shutil.rmtree(state, ignore_errors=True)
        shutil.rmtree(output, ignore_errors=True)
        samples["herald cold"].append(measure(build))
        samples["herald no-change"].append(measure(build))
        with open(posts[rep % len(posts)], "a") as post:
            post.write("\n")
        samples["herald one-post"].append(measure(build))
        # Herald never trusts a file changed less than two seconds before a run (a second change
        # in the same clock tick would leave the same stat): let the changed post age, so the
        # next repetition's no-change run measures a site where nothing changed.
        time.sleep(2.1)
    return {name: (statistics.median(s for s, _ in values), max(m for _, m in values)) for name, values in samples.items()}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--herald", default=os.path.join(ROOT, ".build", "release", "herald"))
    options = parser.parse_args()
    os.makedirs(WORK, exist_ok=True)
    sizes = [int(s) for s in options.sizes.split(",")]
    results = {size: bench(size, options.reps, os.path.abspath(options.herald)) for size in sizes}

    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    lines = [f"Herald vs Hugo 0.111, medians of {options.reps} runs, commit {commit or 'unknown'}, {os.cpu_count()} cores", "",
             f"{'posts':>7}  {'measurement':<17} {'seconds':>8}  {'÷ hugo':>8}  {'peak MB':>8}"]
    for size, measurements in results.items():
        hugo_time = measurements["hugo"][0]
        for name, (seconds, kilobytes) in measurements.items():
            ratio = "" if name == "hugo" else f"1/{hugo_time / seconds:.0f}" if seconds > 0 else "-"
            lines.append(f"{size:>7}  {name:<17} {seconds:>8.3f}  {ratio:>8}  {kilobytes / 1024:>8.1f}")
        lines.append("")

    failures = []
    if 10000 in results:
        measured = results[10000]
        hugo_time = measured["hugo"][0]
        for name, divisor in [("herald cold", 10), ("herald no-change", 50), ("herald one-post", 20)]:
            if measured[name][0] > hugo_time / divisor:
                failures.append(f"{name} at 10,000 posts: {measured[name][0]:.3f} s > 1/{divisor} of Hugo's {hugo_time:.3f} s")
        for name in ["herald cold", "herald no-change", "herald one-post"]:
            if measured[name][1] > 64 * 1024:
                failures.append(f"{name} at 10,000 posts: peak memory {measured[name][1] / 1024:.1f} MB > 64 MB")
    if len(sizes) > 1:
        small, large = min(sizes), max(sizes)
        for name in ["herald cold", "herald one-post"]:
            growth = (results[large][name][0] / large) / (results[small][name][0] / small)
            if growth > 1.5:
                failures.append(f"{name}: time per post grows {growth:.1f}x from {small} to {large} posts")
            memory = (results[large][name][1] / large) / (results[small][name][1] / small)
            if memory > 1.5:
                failures.append(f"{name}: peak memory per post grows {memory:.1f}x from {small} to {large} posts")
    if STOLEN and max(STOLEN) > 0:
        lines += [f"CPU time stolen by the hypervisor during the runs: median {statistics.median(STOLEN):.0%}, "
                  f"at most {max(STOLEN):.0%} (above a few per cent, the times say more about the host than "
                  f"about the programs)", ""]
    lines += ["targets: all met"] if not failures else ["targets missed:"] + [f"  {f}" for f in failures]
    report = "\n".join(lines) + "\n"
    print(report)
    path = os.path.join(WORK, f"results-{commit or 'unknown'}.txt")
    open(path, "w").write(report)
    print(f"written to {os.path.relpath(path, ROOT)}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
