#!/bin/bash
# Side-by-side wall times of corgi binaries on ../shared/bench: bench/ab.sh RUNS BIN... runs each program RUNS
# times per binary, interleaved, and prints each median and its ratio to the first binary, then the geometric means.
# BENCHES="fib loop" limits the programs; give binaries as absolute paths. A report, not a gate.
cd "$(dirname "${BASH_SOURCE[0]}")/../../shared/bench" || exit 1
runs=$1; shift
bins=("$@")
declare -A gm
for b in ${BENCHES:-fib loop spectralnorm nbody binarytrees maps strs sieve}; do
  declare -A all=()
  for i in $(seq $runs); do for bin in "${bins[@]}"; do s=$(date +%s%N); $bin run $b.go >/dev/null; e=$(date +%s%N); all[$bin]+="$(( (e-s)/100000 )) "; done; done
  line="$b"; base=""
  for bin in "${bins[@]}"; do m=$(echo ${all[$bin]} | tr ' ' '\n' | sort -n | sed -n "$(( (runs+1)/2 ))p"); [ -z "$base" ] && base=$m; line+="  $(basename $bin) $(echo "scale=1; $m/10" | bc)ms ($(echo "scale=3; $m/$base" | bc))"; gm[$bin]+="$(echo "l($m/$base)" | bc -l) "; done
  echo "$line"
done
for bin in "${bins[@]}"; do s=0; n=0; for x in ${gm[$bin]}; do s=$(echo "$s + $x" | bc -l); n=$((n+1)); done; echo "$(basename $bin) geomean ratio $(echo "scale=3; e($s/$n)" | bc -l)"; done
