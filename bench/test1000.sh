#!/usr/bin/env bash
# `corgi test` against `go test` on one package of N trivial tests (default 1000), side by side.
# go's build cache is warmed first (one untimed run), and -count=1 keeps go from reusing a cached
# result, so both sides build nothing new they could skip and run every test.
# Usage: bench/test1000.sh [corgi binary] [N] [runs]
set -euo pipefail
corgi=$(realpath "${1:-target/release/corgi}")
n=${2:-1000}
runs=${3:-5}
dir=$(mktemp -d /tmp/corgi-test1000.XXXXXX)
trap 'rm -rf "$dir"' EXIT
printf 'module bench\n\ngo 1.22\n' >"$dir/go.mod"
printf 'package bench\n\nfunc Add(a, b int) int { return a + b }\n' >"$dir/add.go"
{
    printf 'package bench\n\nimport "testing"\n'
    for i in $(seq 1 "$n"); do
        printf '\nfunc TestAdd%d(t *testing.T) {\n\tif Add(%d, 1) != %d {\n\t\tt.Fatal("wrong")\n\t}\n}\n' "$i" "$i" $((i + 1))
    done
} >"$dir/add_test.go"
cd "$dir"
best() { # best wall time of $runs runs of "$@", in seconds
    python3 -c '
import subprocess, sys, time
runs, cmd = int(sys.argv[1]), sys.argv[2:]
times = []
for _ in range(runs):
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times.append(time.perf_counter() - t)
print(f"{min(times):.3f}")
' "$runs" "$@"
}
"$corgi" test -count=1 . >/dev/null
if command -v go >/dev/null; then
    go test -count=1 . >/dev/null
    g=$(best go test -count=1 .)
else
    g=
fi
c=$(best "$corgi" test -count=1 .)
echo "package of $n trivial tests, best of $runs"
echo "corgi test: ${c}s"
if [ -n "$g" ]; then
    echo "go test (warm cache): ${g}s"
    python3 -c "print(f'ratio corgi/go: {$c / $g:.2f}')"
fi
