#!/usr/bin/env bash
# Ingest benchmark: builds a WARC.gz of PAGES pages (default 20000) from the
# article-extraction benchmark's pages and examples/, repeated under varied
# URLs, ingests it into a fresh database and reports pages/s, MB/s (page
# bytes, uncompressed) and peak RSS. With --scale, also compares peak RSS on
# inputs of about 1 GB and 4 GB of pages. The pages repeat, so most become
# copies of a stored article; --unique N also ingests N generated plain-text
# articles, all distinct, to time the writer's full path (articles, quotes,
# full-text index).
#   bench/ingest_bench.sh [build_dir] [pages] [--scale] [--unique N]
# Reads the data in place; writes only under a temporary folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(realpath "${1:-$here/../build}")
pages=${2:-20000}
shift $(( $# < 2 ? $# : 2 ))
scale= unique=0
while [ $# -gt 0 ]; do
  case $1 in
    --scale) scale=--scale ;;
    --unique) unique=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
data=${NEWSGRAPH_BENCH_DATA:-$here/../../shared/data/article-extraction-benchmark/html}
work=$(mktemp -d "${TMPDIR:-/tmp}/ingest_bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
sources=("$data")
[ -d "$here/../examples" ] && sources+=("$here/../examples")

run() {  # label warc
  local label=$1 warc=$2 raw_bytes=$3
  rm -f "$work/bench.db"*
  /usr/bin/time -v "$build/newsgraph" ingest "$warc" --db "$work/bench.db" --quiet 2> "$work/time.log" || {
    cat "$work/time.log"; return 1; }
  local secs rss n stored cpu
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$work/time.log")
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$work/time.log")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.log")
  n=$(sqlite3 "$work/bench.db" "SELECT COUNT(*) FROM pages")
  stored=$(sqlite3 "$work/bench.db" "SELECT COUNT(*) FROM articles")
  local errors
  errors=$(sqlite3 "$work/bench.db" "SELECT COUNT(*) FROM ingest_errors")
  awk -v l="$label" -v p="$4" -v s="$secs" -v b="$raw_bytes" -v r="$rss" -v n="$n" -v a="$stored" -v e="$errors" -v w="$(stat -c %s "$warc")" -v c="$cpu" \
    'BEGIN { printf "%s: %d pages (%.0f MB of page bytes, %.0f MB input file) in %.1f s: %.0f pages/s, %.1f MB/s, peak RSS %.0f MB; %.2f ms CPU/page (%.1f CPU-s); stored %d pages, %d distinct articles, %d errors\n", l, p, b / 1e6, w / 1e6, s, p / s, b / 1e6 / s, r / 1024, c * 1000 / p, c, n, a, e }'
}

echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo), load average $(cut -d' ' -f1-3 /proc/loadavg)"
out=$("$build/make_warc" "$work/pages.warc.gz" --pages "$pages" "${sources[@]}")
raw=$(echo "$out" | sed -n 's/.*raw_bytes=//p')
run "ingest" "$work/pages.warc.gz" "$raw" "$pages"

if [ "$scale" = --scale ]; then
  for gb in 1 4; do
    out=$("$build/make_warc" "$work/scale.warc.gz" --bytes $((gb * 1000000000)) "${sources[@]}")
    n=$(echo "$out" | sed -n 's/pages=\([0-9]*\).*/\1/p')
    raw=$(echo "$out" | sed -n 's/.*raw_bytes=//p')
    run "scale ${gb} GB" "$work/scale.warc.gz" "$raw" "$n"
    rm -f "$work/scale.warc.gz"
  done
fi

if [ "$unique" -gt 0 ]; then
  python3 - "$unique" > "$work/unique.jsonl" <<'PY'
import json, random, sys
rng = random.Random(11)
words = [w + str(i) for w in ("river", "council", "budget", "harbour", "winter", "market", "bridge", "station",
                              "school", "doctor", "garden", "museum") for i in range(300)]
names = ["Ann Lee", "Maria Lopez", "John Smith", "Tran Van", "Kofi Mensah", "Olga Petrova", "Raj Patel"]
for i in range(int(sys.argv[1])):
    paras = [" ".join(rng.choice(words) for _ in range(100)).capitalize() + "." for _ in range(5)]
    q = '"%s," said %s, the %s.' % (" ".join(rng.choice(words) for _ in range(12)).capitalize(), rng.choice(names),
                                   rng.choice(["mayor", "minister", "spokesperson"]))
    text = "Story %d\n\n%s\n\n%s\n\n%s\n" % (i, paras[0], q, "\n\n".join(paras[1:]))
    print(json.dumps({"url": "https://news%d.example/story/%d" % (i % 50, i), "text": text,
                      "date": "2024-%02d-%02d" % (1 + i % 12, 1 + i % 28)}))
PY
  run "unique articles (JSON Lines, plain text)" "$work/unique.jsonl" "$(stat -c %s "$work/unique.jsonl")" "$unique"
fi
