#!/usr/bin/env bash
# Bad input never crashes or hangs the extract command: each bad document gets
# a clear error (or an empty result) and the documents after it still come out.
# Usage: cli_bad_input_test.sh NEWSGRAPH_BINARY SOURCE_DIR
set -euo pipefail
bin=$1
dir=$(mktemp -d)
trap 'chmod -R u+rwx "$dir"; rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

mkdir -p "$dir/in"
: > "$dir/in/a-empty.txt"
head -c 4096 /dev/urandom > "$dir/in/b-binary.bin"
printf 'Caf\xe9 owner Ana Silva said the \xff\xfe rent "went up again," and \xc3 left.\n' > "$dir/in/c-invalid-utf8.txt"
# 50 MB with no line break at all.
python3 -c "
import sys
w = 'word '
sys.stdout.write(w * (50 * 1024 * 1024 // len(w)))" > "$dir/in/d-huge-line.txt"
printf '<html><body><p>Truncated gzip ' | gzip -c | head -c 20 > "$dir/in/e-truncated.html.gz"
ln -s "$dir/missing-target" "$dir/in/f-broken-link.txt"
mkfifo "$dir/in/g-fifo"
mkdir "$dir/in/h-locked" && echo "secret" > "$dir/in/h-locked/x.txt" && chmod 000 "$dir/in/h-locked"
cat > "$dir/in/z-good.txt" <<'TXT'
The harbour master, Ines Duarte, said the port would reopen on Monday after the storm.

"We have checked every berth twice and the cranes are safe," Duarte said.
TXT

out="$dir/out.jsonl"
timeout 300 "$bin" extract "$dir/in" > "$out" 2> "$dir/err" || fail "extract exited $? on a folder of bad input"

python3 - "$out" "$dir/err" <<'PY'
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
by = {d["path"].split("/")[-1]: d for d in docs}
def need(cond, msg):
    if not cond:
        print("FAIL:", msg); print(json.dumps(docs, indent=1)[:3000]); sys.exit(1)
need(by["a-empty.txt"].get("error") is None and by["a-empty.txt"]["text"] == "", "empty file gives an empty result")
need("binary" in by["b-binary.bin"].get("error", ""), "binary file gets an error")
bad = by["c-invalid-utf8.txt"]
need(bad.get("error") is None and "Ana Silva" in bad["text"], "invalid UTF-8 is decoded, not dropped")
huge = by["d-huge-line.txt"]
need(huge.get("error") is None and len(huge["text"]) > 40_000_000, "a 50 MB line is processed")
need("gzip" in by["e-truncated.html.gz"].get("error", "") or by["e-truncated.html.gz"].get("text") is not None,
     "truncated gzip gets an error or its readable part")
need("error" in by["f-broken-link.txt"], "broken link gets an error")
need("g-fifo" not in by, "a pipe in a folder is skipped, not opened")
need(by["z-good.txt"].get("error") is None and "Ines Duarte" in by["z-good.txt"]["text"],
     "the good document after the bad ones still comes out")
print("ok:", len(docs), "documents")
PY

# Standard input and a missing path.
printf 'Plain words from a pipe.' | "$bin" extract - > "$dir/stdin.jsonl" || fail "stdin"
grep -q '"Plain words from a pipe."' "$dir/stdin.jsonl" || fail "stdin text"
"$bin" extract "$dir/no-such-file" > "$dir/missing.jsonl" 2>/dev/null || fail "missing path must not abort"
grep -q '"error"' "$dir/missing.jsonl" || fail "missing path gets an error object"
# Usage errors exit 2.
set +e
"$bin" extract --no-such-option x >/dev/null 2>&1; rc=$?
set -e
[ "$rc" = 2 ] || fail "usage error exits 2, got $rc"
