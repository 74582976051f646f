#!/usr/bin/env bash
# Runs herald-fuzz over its targets; `make fuzz` and `make fuzz-regress` call it.
#
#   Fuzz/fuzz.sh regress  BINARY SECONDS TARGET...   every seed and regression input once, then
#       SECONDS of fuzzing per target, stopping at the first finding. A target with inputs in
#       Fuzz/known/TARGET (crashes not fixed yet) is only replayed: fuzzing would find them again.
#   Fuzz/fuzz.sh campaign BINARY SECONDS TARGET...   SECONDS per target, going on past findings
#       (FUZZ_JOBS processes at a time), the corpus growing in .build-fuzz/corpus/TARGET.
#
# Findings are saved in .build-fuzz/artifacts/TARGET/ (crash-*, leak-*, timeout-*, oom-*).
set -euo pipefail

mode=$1 binary=$2 seconds=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
work=.build-fuzz
jobs=${FUZZ_JOBS:-1}

# Swift's own crash reporter would hold every crash up for seconds; libFuzzer reports them.
export SWIFT_BACKTRACE=enable=no
export HERALD_FUZZ_SCRATCH
HERALD_FUZZ_SCRATCH=$(mktemp -d "$( [ -d /dev/shm ] && echo /dev/shm || echo "${TMPDIR:-/tmp}")/herald-fuzz.XXXXXX")
trap 'rm -rf "$HERALD_FUZZ_SCRATCH"' EXIT

# The folders of TARGET's inputs that exist: its seeds and every input that ever crashed it.
inputs() {
	for folder in "$here/seeds/$1" "$here/regressions/$1"; do
		[ -d "$folder" ] && echo "$folder"
	done
	return 0
}

# libFuzzer's flags for TARGET: a run over 10 s or 2 GiB is a finding.
flags() {
	echo "-timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix=$work/artifacts/$1/"
	[ -f "$here/dictionaries/$1.dict" ] && echo "-dict=$here/dictionaries/$1.dict"
	# The scan's libdispatch keeps memory from one run for the next, so libFuzzer's check after
	# each run would take every run for a leak and scan the heap ten times as long as the run
	# took; leaks are still reported when the process ends.
	[ "$1" = post ] && echo "-detect_leaks=0"
	return 0
}

has_known() { [ -n "$(find "$here/known/$1" -type f 2>/dev/null | head -1)" ]; }

failed=()
for target in "$@"; do
	mkdir -p "$work/artifacts/$target" "$work/logs"
	log=$work/logs/$target.log
	started=$work/logs/$target.started
	touch "$started"
	# shellcheck disable=SC2046 # flags and folders are words
	case $mode in
	regress)
		corpus=$work/quick/$target
		rm -rf "$corpus" && mkdir -p "$corpus"
		if has_known "$target"; then
			what="replayed (known crashes in Fuzz/known/$target are not fuzzed for)"
			set -- -runs=0
		else
			what="replayed and fuzzed for ${seconds}s"
			set -- -max_total_time="$seconds"
		fi
		status=0
		"$binary" "$target" "$@" $(flags "$target") "$corpus" $(inputs "$target") > "$log" 2>&1 || status=$?
		;;
	campaign)
		corpus=$work/corpus/$target
		mkdir -p "$corpus"
		what="fuzzed for ${seconds}s"
		status=0
		nice "$binary" "$target" -max_total_time="$seconds" -fork="$jobs" -ignore_crashes=1 -ignore_timeouts=1 \
			-ignore_ooms=1 $(flags "$target") "$corpus" $(inputs "$target") > "$log" 2>&1 || status=$?
		;;
	*)
		echo "usage: $0 regress|campaign BINARY SECONDS TARGET..." >&2
		exit 64
		;;
	esac
	# Runs as the process reports them, or as the last line of -fork's progress does.
	runs=$( (grep -ao 'stat::number_of_executed_units: *[0-9]*' "$log" || grep -ao '^#[0-9]*:' "$log" | tail -1 | tr -d '#:') |
		awk '{ total += $NF } END { print total + 0 }')
	findings=$(find "$work/artifacts/$target" -type f -newer "$started" | sort)
	if [ "$status" -ne 0 ] || [ -n "$findings" ]; then
		failed+=("$target")
		echo "fuzz $target: FAILED, $what ($runs runs); the log: $log"
		grep -a -E 'Fatal error|ERROR: |SUMMARY: |Test unit written' "$log" | sed 's/^==[0-9]*== *//' | sort | uniq -c | head -20 || true
		echo "$findings" | head -5 | sed 's/^/  finding: /'
		count=$(echo "$findings" | grep -c . || true)
		if [ "$count" -gt 5 ]; then echo "  and $((count - 5)) more in $work/artifacts/$target/"; fi
	else
		echo "fuzz $target: ok, $what ($runs runs)"
	fi
done

if [ ${#failed[@]} -gt 0 ]; then
	echo "fuzz: findings in ${failed[*]}. Reproduce one with: $binary TARGET FILE;" \
		"once fixed, keep it in Fuzz/regressions/TARGET/ (README.md, Fuzzing)."
	exit 1
fi
