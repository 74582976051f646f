#!/usr/bin/env bash
# Installs Herald into a temporary DESTDIR with PREFIX=/usr and checks what landed where, that
# a reinstall keeps an edited site definition, and that uninstall removes what install added.
# Run by `make check-install` (after the release build and the man page).
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
destdir=$(mktemp -d)
trap 'rm -rf "$destdir"' EXIT
passed=0
failed=0
expect() {
    local what=$1
    shift
    if "$@"; then passed=$((passed + 1)); else echo "FAIL: $what" >&2; failed=$((failed + 1)); fi
}
install_herald() { make -s -C "$root" install DESTDIR="$destdir" PREFIX=/usr > /dev/null; }
mode() { stat -c %a "$1"; }

install_herald
expect "the binary is installed and runs" "$destdir/usr/bin/herald" --version
expect "the binary is executable by all" [ "$(mode "$destdir/usr/bin/herald")" = 755 ]
links=$(ldd "$destdir/usr/bin/herald")
expect "the binary carries Swift's libraries, so a host needs no toolchain" \
    bash -c '! grep -q "libswiftCore\|libFoundation" <<< "$1"' _ "$links"
expect "libcurl and libcrypto are not linked: they are opened when something is sent" \
    bash -c '! grep -q "libcurl\|libcrypto" <<< "$1"' _ "$links"
expect "the man page" test -s "$destdir/usr/share/man/man1/herald.1"
expect "the man page documents every command" grep -q 'announce' "$destdir/usr/share/man/man1/herald.1"
expect "the service" test -s "$destdir/usr/lib/systemd/system/herald@.service"
expect "the service runs the installed binary" grep -q '^ExecStart=/usr/bin/herald run --config /etc/herald/feeds/%i.toml$' \
    "$destdir/usr/lib/systemd/system/herald@.service"
expect "the timer" test -s "$destdir/usr/lib/systemd/system/herald@.timer"
expect "bash completion" grep -q '_herald' "$destdir/usr/share/bash-completion/completions/herald"
expect "zsh completion" grep -q '#compdef herald' "$destdir/usr/share/zsh/site-functions/_herald"
expect "fish completion" grep -q "complete -c 'herald'" "$destdir/usr/share/fish/vendor_completions.d/herald.fish"
expect "the operations guide" test -s "$destdir/usr/share/doc/herald/operations.md"
expect "the example site definition" test -s "$destdir/etc/herald/feeds/example.toml"
expect "the example site definition reads as TOML" python3 -c \
    "import sys, tomllib; tomllib.load(open(sys.argv[1], 'rb'))" "$destdir/etc/herald/feeds/example.toml"

echo "# edited by the administrator" >> "$destdir/etc/herald/feeds/example.toml"
install_herald
expect "a reinstall keeps an edited site definition" grep -q 'edited by the administrator' "$destdir/etc/herald/feeds/example.toml"

make -s -C "$root" uninstall DESTDIR="$destdir" PREFIX=/usr > /dev/null
left=$(find "$destdir/usr" -type f | sort)
expect "uninstall removes every installed file (left: $left)" [ -z "$left" ]
expect "uninstall keeps the site definitions" test -s "$destdir/etc/herald/feeds/example.toml"

echo "install: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
