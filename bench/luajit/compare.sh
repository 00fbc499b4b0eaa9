#!/bin/bash
# corgi against LuaJIT's interpreter (`luajit -joff`): bench/luajit/compare.sh CORGI [RUNS]. Medians of RUNS
# (default 5) hyperfine runs each; the Lua peers are ../shared/bench's, or this folder's copies where those use
# Lua 5.4 syntax (`//`, `<<`, `&`) that LuaJIT does not parse. A report, not a gate.
corgi=$(realpath "$1"); runs=${2:-5}
here=$(dirname "$(realpath "${BASH_SOURCE[0]}")")
bench=$here/../../../shared/bench
median() { hyperfine -N -w 1 -r "$runs" --export-json /tmp/lj-$$.json "$1" >/dev/null 2>&1 &&
  python3 -c "import json,sys; print('%.3f' % json.load(open('/tmp/lj-$$.json'))['results'][0]['median'])"; }
logsum=0; n=0
for b in fib loop spectralnorm nbody binarytrees maps strs gcchurn; do
  peer=$bench/peers/$b.lua; [ -f "$here/$b.lua" ] && peer=$here/$b.lua
  c=$(median "$corgi run $bench/$b.go"); l=$(median "luajit -joff $peer")
  r=$(python3 -c "print('%.2f' % ($c/$l))")
  echo "$b  corgi ${c}s  luajit-joff ${l}s  corgi/luajit ${r}"
  case $b in fib|loop|spectralnorm|nbody|binarytrees) logsum=$(python3 -c "import math; print($logsum + math.log($r))"); n=$((n+1));; esac
done
rm -f /tmp/lj-$$.json
python3 -c "import math; print('geomean of the five (fib loop spectralnorm nbody binarytrees): %.2f' % math.exp($logsum/$n))"
