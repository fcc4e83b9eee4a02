#!/bin/bash
# Runs the newsgraph extraction benchmark and, when installed, Mozilla
# Readability 0.6 on linkedom over the same pages, and prints the ratio.
#   bench/extraction_bench.sh [build_dir] [benchmark_dir]
# Readability is installed once with:
#   (cd bench && npm install --no-save @mozilla/readability@0.6 linkedom)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../build}
data=${2:-$here/../../shared/data/article-extraction-benchmark}
data=$(cd "$data" && pwd)  # absolute: the Readability run changes directory
ours=$("$build/extraction_bench" "$data" 7)
echo "$ours" | grep -v '_ms_per_page='
ng=$(echo "$ours" | sed -n 's/^newsgraph_ms_per_page=//p')
if command -v node >/dev/null && [ -d "$here/node_modules/@mozilla/readability" ]; then
  theirs=$(cd "$here" && node extraction_readability.js "$data" 3)
  echo "$theirs" | grep -v '_ms_per_page='
  rd=$(echo "$theirs" | sed -n 's/^readability_ms_per_page=//p')
  awk -v a="$rd" -v b="$ng" 'BEGIN { printf "speed-up over Readability.js: %.1fx\n", a / b }'
else
  echo "Readability.js not installed; see the header of this script"
fi
