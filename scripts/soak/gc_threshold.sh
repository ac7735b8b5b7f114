#!/usr/bin/env bash
# Soak test for the cycle collector: runs every conformance case with gc.set_threshold(5, 2, 2),
# so collections (of every generation) happen every few allocations, in the middle of everything
# the suite does. Reports a crash (a Rust panic, a death by signal, a hang) as CRASH and an
# output that differs from CPython's recording as DIFF (expected for the cases in
# tests/xfail.txt and for the two that print their own globals or argv). Cases that set
# thresholds or disable the collector themselves, and stderr cases, are skipped.
#
#   scripts/soak/gc_threshold.sh [path/to/gilt]     (default target/release/gilt; try target/debug/gilt)
set -u
cd "$(dirname "$0")/../.." || exit 2
bin=$(realpath "${1:-target/release/gilt}")
crashes=0
for py in tests/cases/*/*.py; do
  name=$(basename "$py")
  case $name in _*) continue ;; esac
  grep -q "set_threshold\|gc.disable\|test: stderr" "$py" && continue
  dir=$(dirname "$py")
  wrapper=$dir/_soak_$name
  printf 'import gc\ngc.set_threshold(5, 2, 2)\n__file__ = %s\nexec(compile(open(%s).read(), %s, "exec"))\n' \
    "'$name'" "'$name'" "'$name'" >"$wrapper"
  out=$(cd "$dir" && timeout 30 "$bin" "_soak_$name" 2>/tmp/gilt_soak_err </dev/null)
  rc=$?
  rm -f "$wrapper"
  if grep -q "panicked" /tmp/gilt_soak_err || [ $rc -gt 123 ]; then
    echo "CRASH $py (status $rc)"
    head -5 /tmp/gilt_soak_err
    crashes=$((crashes + 1))
  elif [ "$out" != "$(cat "${py%.py}.out")" ]; then
    echo "DIFF $py"
  fi
done
echo "crashes: $crashes"
[ $crashes -eq 0 ]
