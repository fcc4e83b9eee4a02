#!/usr/bin/env bash
# The query commands over a database ingested from the repository's examples:
# each output format is well formed and the answers agree with the database.
# Usage: bash store_queries_test.sh NEWSGRAPH_BINARY SOURCE_DIR
set -euo pipefail
NG=$(realpath "$1")
SRC=$(realpath "$2")
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"
fail() { echo "FAIL: $*"; exit 1; }

"$NG" ingest "$SRC/examples" --db ex.db --quiet || fail "ingest of examples/ failed"
articles=$(sqlite3 ex.db "SELECT COUNT(*) FROM articles")
[ "$articles" -ge 1 ] || fail "no articles stored"
quotes=$(sqlite3 ex.db "SELECT COUNT(*) FROM quotes")

# quotes: JSON Lines, one object per stored quote, with the fields promised.
"$NG" quotes --db ex.db --json > q.jsonl
python3 - "$quotes" <<'PY' || fail "quotes --json is not what it should be"
import json, sys
rows = [json.loads(l) for l in open("q.jsonl")]
assert len(rows) == int(sys.argv[1]), (len(rows), sys.argv[1])
for r in rows:
    assert set(r) == {"date", "speaker", "role", "kind", "quote", "cue", "title", "url", "sites"}, r.keys()
    assert r["quote"], r
dates = [r["date"] or "" for r in rows]
assert dates == sorted(dates, reverse=True), "not newest first"
PY
# CSV: a header and one parsable record per quote.
"$NG" quotes --db ex.db --csv > q.csv
python3 -c "
import csv
rows = list(csv.reader(open('q.csv', newline='')))
assert rows[0][:2] == ['date', 'speaker'], rows[0]
assert len(rows) - 1 == $quotes, len(rows)
" || fail "quotes --csv is not what it should be"

# --speaker filters to that speaker only.
speaker=$(sqlite3 ex.db "SELECT s.name FROM quotes q JOIN speakers s ON s.id = q.speaker_id GROUP BY s.id ORDER BY COUNT(*) DESC LIMIT 1")
if [ -n "$speaker" ]; then
  want=$(sqlite3 ex.db "SELECT COUNT(*) FROM quotes q JOIN speakers s ON s.id = q.speaker_id WHERE s.name LIKE '%$speaker%'")
  got=$("$NG" quotes --db ex.db --speaker "$speaker" --json | wc -l)
  [ "$got" -eq "$want" ] || fail "--speaker '$speaker': $got quotes, expected $want"
fi

# search: a word from a stored title finds that article, with a marked snippet.
word=$(sqlite3 ex.db "SELECT title FROM articles WHERE title IS NOT NULL LIMIT 1" | tr -c 'A-Za-z\n' ' ' | awk '{ for (i = 1; i <= NF; i++) if (length($i) > 5) { print $i; exit } }')
if [ -n "$word" ]; then
  "$NG" search "$word" --db ex.db --json > s.jsonl
  [ -s s.jsonl ] || fail "search '$word' found nothing"
fi
"$NG" search "zzqqxxnotaword" --db ex.db --json > none.jsonl
[ ! -s none.jsonl ] || fail "search for a missing word found something"
"$NG" search 'it'"'"'s "odd" (text) -' --db ex.db > /dev/null || fail "search text with FTS5 syntax characters failed"

# speakers, entities: counts agree with the tables.
"$NG" speakers --db ex.db --json > sp.jsonl
python3 -c "
import json
rows = [json.loads(l) for l in open('sp.jsonl')]
assert sum(r['quotes'] for r in rows) <= $quotes
assert all(rows[i]['quotes'] >= rows[i + 1]['quotes'] for i in range(len(rows) - 1)), 'not most quoted first'
" || fail "speakers --json"
"$NG" entities --db ex.db --csv > /dev/null || fail "entities"

# export: one JSON object per article.
"$NG" export --db ex.db --format jsonl > all.jsonl
[ "$(wc -l < all.jsonl)" -eq "$articles" ] || fail "export jsonl: not one line per article"
python3 -c "
import json
for l in open('all.jsonl'):
    a = json.loads(l)
    assert a['pages'] and a['text'], a.get('id')
" || fail "export jsonl is not valid"
"$NG" export --db ex.db --format csv > all.csv || fail "export csv"

# A missing database is a clear error, not an empty answer.
set +e; "$NG" quotes --db nothing.db 2> err; rc=$?; set -e
[ $rc -eq 1 ] && grep -q "no database" err || fail "missing database: rc $rc, $(cat err)"
[ ! -e nothing.db ] || fail "a query created a database"
echo PASS
