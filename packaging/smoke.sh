#!/usr/bin/env bash
# Checks a built app image (target/dist/GateLab) the way a user would first use it, without a display:
# the launcher answers --version and --help, finds the bundled lessons and reads them all without a problem,
# and runs engine commands from the bundled runtime, with the Vector API. CI runs it after packaging/build.sh --image.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app="$root/target/dist/GateLab/bin/GateLab"
[ -x "$app" ] || { echo "smoke: $app is missing; run packaging/build.sh --image first" >&2; exit 1; }

"$app" --version | grep -q '^GateLab ' || { echo "smoke: --version did not name GateLab" >&2; exit 1; }
"$app" --help | grep -q 'lessons' || { echo "smoke: --help does not list the lessons command" >&2; exit 1; }

out="$("$app" lessons check)" || { echo "$out"; echo "smoke: the bundled lessons have problems" >&2; exit 1; }
echo "$out"
count="$(echo "$out" | sed -n 's/^\([0-9]*\) lessons.*/\1/p')"
[ "${count:-0}" -ge 8 ] || { echo "smoke: expected at least 8 bundled lessons, found ${count:-0}" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
printf '0.5\n-0.2\n0.9\n' > "$tmp/x.csv"
"$app" trace --cell lstm --hidden 4 --input "$tmp/x.csv" --out "$tmp/t.json"
grep -q '"cell"' "$tmp/t.json" || { echo "smoke: trace wrote no JSON" >&2; exit 1; }
# the launcher adds the Vector API module: the engine runs its SIMD loops (the JVM's one-line incubator
# notice goes to stderr, stdout stays the command's JSON)
bench="$("$app" bench --cell gru --hidden 8 --input-size 2 --length 5 --repeat 1 --warmup 0 2>"$tmp/err")"
echo "$bench" | grep -q '"engine":"SIMD' || { echo "$bench"; cat "$tmp/err"; echo "smoke: the app image's engine runs without SIMD" >&2; exit 1; }
echo "smoke: the app image runs (--version, --help, lessons check: $count lessons, trace, bench with SIMD)"
