#!/usr/bin/env bash
# Checks the systemd units offline: their syntax (systemd-analyze verify, which must say
# nothing) and their hardening (systemd-analyze security: exposure at most 1.5).
# Usage: Tests/units-test.sh PATH-TO-HERALD
set -uo pipefail
herald=$(realpath "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() { echo "FAIL: $1" >&2; failed=$((failed + 1)); }

# verify wants ExecStart to exist: point the instance at the binary just built.
sed "s|/usr/local/bin/herald|$herald|" "$root/systemd/herald@.service" > "$work/herald@example.service"
cp "$root/systemd/herald@.timer" "$work/herald@example.timer"

messages=$(systemd-analyze verify --man=no "$work/herald@example.service" "$work/herald@example.timer" 2>&1)
if [ -z "$messages" ]; then pass; else fail "systemd-analyze verify: $messages"; fi

score=$(systemd-analyze security --offline=yes "$work/herald@example.service" 2>/dev/null |
    sed -n 's/.*Overall exposure level for .*: \([0-9.]*\).*/\1/p')
if [ -n "$score" ] && awk "BEGIN { exit !($score <= 1.5) }"; then
    echo "herald@.service exposure: $score (at most 1.5)"
    pass
else
    fail "herald@.service exposure is ${score:-unknown}, above 1.5"
fi

grep -q '^Persistent=true' "$root/systemd/herald@.timer" && grep -q '^RandomizedDelaySec=' "$root/systemd/herald@.timer" &&
    pass || fail "the timer must catch up after downtime (Persistent=true) and spread its start (RandomizedDelaySec)"

echo "units: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
