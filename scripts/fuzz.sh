#!/usr/bin/env bash
# Builds the libFuzzer harnesses in fuzz/ with clang and runs each for
# SECONDS (default 60). A crash exits non-zero and leaves its input in
# build-fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
./scripts/install-deps.sh
# FUZZ_OPT (default -O0): clang at -O1 or above with ASan and coverage together
# spent nearly five minutes on one rule file (18 s at -O0). CI's short runs take
# -O0 and fewer inputs; a long run repays the build: FUZZ_OPT=-O1 fuzz.sh 1800.
opt=${FUZZ_OPT:--O0}
CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Debug \
  "-DCMAKE_CXX_FLAGS_DEBUG=$opt -gline-tables-only" -DNEWSGRAPH_FUZZ=ON -DNEWSGRAPH_SANITIZE=ON -DNEWSGRAPH_BENCH=OFF >/dev/null
shopt -s nullglob
harnesses=()
for src in fuzz/*_fuzz.cc; do harnesses+=("$(basename "$src" .cc)"); done
[ ${#harnesses[@]} -gt 0 ] || { echo "no fuzz harnesses"; exit 0; }
cmake --build build-fuzz -j"$(nproc)" --target "${harnesses[@]}"
mkdir -p build-fuzz/crashes
for h in "${harnesses[@]}"; do
  corpus=build-fuzz/corpus/$h
  mkdir -p "$corpus"
  seeds=()
  [ -d "fuzz/corpus/$h" ] && seeds+=("fuzz/corpus/$h")
  echo "fuzzing $h for ${seconds}s"
  log=build-fuzz/$h.log
  if ! ./build-fuzz/"$h" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix=build-fuzz/crashes/ "$corpus" "${seeds[@]}" > "$log" 2>&1; then
    grep -v '^#[0-9]' "$log" | tail -n 60
    echo "fuzz: $h failed; the input is in build-fuzz/crashes/" >&2
    exit 1
  fi
  grep -E '^#[0-9]+.*(DONE|pulse)' "$log" | tail -n 1
done
