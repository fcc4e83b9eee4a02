#!/usr/bin/env bash
# Bad inputs and bad places to write: each gets a clear error, the rest of the
# input is still stored, and what was committed stays.
# Usage: bash ingest_bad_input_test.sh NEWSGRAPH_BINARY SOURCE_DIR
set -euo pipefail
NG=$(realpath "$1")
dir=$(mktemp -d)
trap 'chmod -R u+w "$dir"; rm -rf "$dir"' EXIT
cd "$dir"
fail() { echo "FAIL: $*"; exit 1; }

# A JSON Lines file with broken lines: good lines stored, bad ones reported.
printf '%s\n' '{"url":"https://a.example/1","text":"First story.\n\nThe council met on Monday to discuss the harbour budget and the winter market."}' \
  '{"url":"https://a.example/2","text":"broken' \
  'not json at all' \
  '{"url":"https://a.example/3","text":"Third story.\n\nThe railway station will close for repairs during the spring festival."}' > mixed.jsonl
"$NG" ingest mixed.jsonl --db t.db 2> log || fail "ingest of a partly broken file failed: $(cat log)"
grep -q "line 2" log || fail "broken line 2 not reported: $(cat log)"
grep -q "2 new" log || fail "good lines not stored: $(cat log)"
[ "$(sqlite3 t.db 'SELECT COUNT(*) FROM ingest_errors')" -eq 2 ] || fail "errors not logged"

# A WARC whose second record has a wrong Content-Length.
rec() {  # url body [length-adjust]
  local http body_len
  http=$(printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>%s</p></body></html>' "$2")
  body_len=$(( ${#http} + ${3:-0} ))
  printf 'WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' "$1" "$body_len" "$http"
}
{ rec https://w.example/1 "One."; rec https://w.example/2 "Two." -9; rec https://w.example/3 "Three."; } > bad.warc
"$NG" ingest bad.warc --db w.db 2> log || fail "ingest of a damaged WARC failed: $(cat log)"
grep -q "Content-Length" log || fail "wrong Content-Length not reported: $(cat log)"
grep -q "3 documents read" log || fail "records around the bad one not read: $(cat log)"

# A database that cannot be written: a clear error and exit status 1.
mkdir ro && chmod a-w ro
if [ "$(id -u)" != 0 ]; then
  set +e; "$NG" ingest mixed.jsonl --db ro/x.db 2> log; rc=$?; set -e
  [ $rc -eq 1 ] || fail "read-only folder: exit status $rc"
  grep -q "ro/x.db" log || fail "read-only folder: unclear error: $(cat log)"
fi
set +e; "$NG" ingest mixed.jsonl --db no/such/dir/x.db 2> log; rc=$?; set -e
[ $rc -eq 1 ] && grep -q "cannot open database" log || fail "missing folder: rc $rc, $(cat log)"

# A full disk, played by a file-size limit: the batch that hits it is rolled
# back with a clear error, and what was committed before stays readable.
python3 - > big.jsonl <<'PY'
import json, random
rng = random.Random(3)
words = ["w%d" % i for i in range(500)]
for i in range(3000):
    print(json.dumps({"url": "https://f.example/%d" % i, "text": "Story %d\n\n%s." % (i, " ".join(rng.choice(words) for _ in range(200)))}))
PY
set +e; (ulimit -f 2048; "$NG" ingest big.jsonl --db full.db --batch 50 --threads 1 2> log); rc=$?; set -e
[ $rc -eq 1 ] || fail "full disk: exit status $rc: $(cat log)"
grep -qiE "full|too large|disk|I/O" log || fail "full disk: unclear error: $(cat log)"
stored=$(sqlite3 full.db 'SELECT COUNT(*) FROM pages')
[ "$(sqlite3 full.db 'PRAGMA integrity_check')" = ok ] || fail "full disk: database damaged"
[ "$stored" -gt 0 ] || fail "full disk: nothing committed before the limit"
"$NG" ingest big.jsonl --db full.db --quiet || fail "rerun after the disk was freed failed"
[ "$(sqlite3 full.db 'SELECT COUNT(*) FROM pages')" -eq 3000 ] || fail "rerun did not complete the job"
echo PASS
