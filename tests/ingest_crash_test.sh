#!/usr/bin/env bash
# kill -9 in the middle of an ingest, then run it again: nothing committed is
# lost, nothing is stored twice, and the second run skips what was done.
# Usage: bash ingest_crash_test.sh NEWSGRAPH_BINARY SOURCE_DIR
set -euo pipefail
NG=$(realpath "$1")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"

count() { sqlite3 t.db "$1"; }

# Unique plain-text articles, so each page is a new article (no merging).
python3 - > in.jsonl <<'PY'
import json, random
rng = random.Random(7)
words = [w + str(i) for w in ("river", "council", "budget", "harbour", "winter", "market", "bridge", "station") for i in range(40)]
for i in range(6000):
    body = " ".join(rng.choice(words) for _ in range(120))
    text = "Story %d\n\n%s.\n\n\"We are watching closely,\" said Mayor Ann Lee.\n" % (i, body.capitalize())
    print(json.dumps({"url": "https://news%d.example/story/%d" % (i % 7, i), "text": text}))
PY
total=$(wc -l < in.jsonl)

# Small batches so several commit before the kill.
"$NG" ingest in.jsonl --db t.db --batch 20 --threads 2 --quiet &
pid=$!
committed=0
for _ in $(seq 1 600); do
  sleep 0.05
  committed=$(count "SELECT COUNT(*) FROM pages" 2>/dev/null || echo 0)
  [ "${committed:-0}" -ge 100 ] && break
  kill -0 $pid 2>/dev/null || break
done
kill -9 $pid 2>/dev/null && killed=yes || killed=no
wait $pid 2>/dev/null || true
after_kill=$(count "SELECT COUNT(*) FROM pages")
echo "committed before kill: $committed, after kill: $after_kill of $total (killed: $killed)"
[ "$killed" = yes ] || { echo "FAIL: the ingest finished before it could be killed"; exit 1; }
[ "$after_kill" -ge "$committed" ] || { echo "FAIL: committed pages were lost"; exit 1; }
[ "$after_kill" -lt "$total" ] || { echo "FAIL: nothing was left to do after the kill"; exit 1; }
[ "$(count 'PRAGMA integrity_check')" = ok ] || { echo "FAIL: database damaged"; exit 1; }

# Second run: finishes the job and skips everything already stored.
"$NG" ingest in.jsonl --db t.db --threads 2 2> second.log
cat second.log
grep -q "$after_kill already stored" second.log || { echo "FAIL: second run did not skip the $after_kill stored pages"; exit 1; }
[ "$(count 'SELECT COUNT(*) FROM pages')" -eq "$total" ] || { echo "FAIL: pages missing after the second run"; exit 1; }
[ "$(count 'SELECT COUNT(DISTINCT url) FROM pages')" -eq "$total" ] || { echo "FAIL: a page stored twice"; exit 1; }
[ "$(count 'SELECT COUNT(*) FROM articles')" -eq "$total" ] || { echo "FAIL: articles stored twice or lost"; exit 1; }
[ "$(count 'SELECT COUNT(*) FROM articles_fts')" -eq "$total" ] || { echo "FAIL: full-text index out of step"; exit 1; }

# Third run: nothing new.
"$NG" ingest in.jsonl --db t.db 2> third.log
grep -q "0 new, 0 duplicates, $total already stored" third.log || { cat third.log; echo "FAIL: third run was not a no-op"; exit 1; }
# Ctrl-C (SIGINT) stops reading, commits what was read and says so; the
# pages it reports read are all stored.
"$NG" ingest in.jsonl --db int.db --batch 20 --threads 2 2> int.log &
pid=$!
for _ in $(seq 1 600); do
  sleep 0.05
  [ "$(sqlite3 int.db 'SELECT COUNT(*) FROM pages' 2>/dev/null || echo 0)" -ge 100 ] && break
  kill -0 $pid 2>/dev/null || break
done
kill -INT $pid 2>/dev/null || true
set +e; wait $pid; rc=$?; set -e
if [ $rc -eq 130 ]; then
  grep -q "interrupted" int.log || { cat int.log; echo "FAIL: no word of the interruption"; exit 1; }
  read_n=$(sed -n 's/.*: \([0-9]*\) documents read.*/\1/p' int.log)
  [ "$(sqlite3 int.db 'SELECT COUNT(*) FROM pages')" -eq "$read_n" ] || { cat int.log; echo "FAIL: read documents not all committed after SIGINT"; exit 1; }
else
  echo "note: the ingest finished before SIGINT (rc $rc)"
fi
echo PASS
