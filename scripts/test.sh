#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test.
#   scripts/test.sh            Release build in build/
#   scripts/test.sh sanitize   the same tests under AddressSanitizer and
#                              UndefinedBehaviorSanitizer, in build-asan/
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
jobs=$(nproc)
case "${1:-release}" in
  release)  dir=build;      flags=(-DCMAKE_BUILD_TYPE=Release) ;;
  # -O1 -g1 rather than RelWithDebInfo's -O2 -g: GCC spent up to four minutes on
  # one rule file at -O2 -g under the sanitizers (and -O1 is what ASan's authors
  # advise). Debug keeps assert() on, which the sanitizer pass also wants.
  sanitize) dir=build-asan; flags=(-DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g1" -DNEWSGRAPH_SANITIZE=ON
                                   -DNEWSGRAPH_BENCH=OFF -DNEWSGRAPH_EVAL=OFF) ;;
  *) echo "usage: scripts/test.sh [release|sanitize]" >&2; exit 2 ;;
esac
cmake -S . -B "$dir" "${flags[@]}" >/dev/null
cmake --build "$dir" -j"$jobs"
# halt_on_error keeps a sanitizer report from being lost among passing tests.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:halt_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir "$dir" --output-on-failure -j"$jobs"
