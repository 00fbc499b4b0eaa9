#!/usr/bin/env bash
# Front-end throughput: `corgi check big.go` against gofmt on the same file (a ~100k-line program
# from ../shared/bench/genbig.py 2000), side by side with hyperfine. Run from the repository root
# after `cargo build --release`. Usage: bench/check_throughput.sh [BLOCKS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
blocks=${1:-2000}
corgi=$PWD/target/release/corgi
gofmt=$(go env GOROOT)/bin/gofmt
[ -x "$corgi" ] || { echo "build first: cargo build --release" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 ../shared/bench/genbig.py "$blocks" > "$tmp/big.go"
echo "big.go: $(wc -l < "$tmp/big.go") lines, $(wc -c < "$tmp/big.go") bytes"
"$corgi" check "$tmp/big.go"   # must be clean
cd "$tmp"
hyperfine --warmup 1 --min-runs 5 -N \
  -n "corgi check" "$corgi check big.go" \
  -n "gofmt" "$gofmt big.go"
