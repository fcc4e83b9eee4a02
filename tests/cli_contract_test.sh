#!/usr/bin/env bash
# Every document `newsgraph extract` prints keeps the output contract
# (shared/docs/output-contract.md): the fields and their types, and offsets
# that are code points into `text`, so text[start:end] is the span's text.
# Usage: cli_contract_test.sh NEWSGRAPH_BINARY SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
out=$(mktemp)
trap 'rm -f "$out" "$out.v"' EXIT
inputs=("$src/examples")
[ -d "$src/../shared/seed" ] && inputs+=("$src/../shared/seed")
"$bin" extract "${inputs[@]}" > "$out"
"$bin" extract --verbatim "${inputs[@]}" > "$out.v"
python3 - "$out" "$out.v" <<'PY'
import json, sys
count = 0
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        count += 1
        where = d.get("path")
        assert "error" not in d, (where, d.get("error"))
        for key, kind in [("path", str), ("text", str), ("authors", list), ("entities", list), ("quotes", list)]:
            assert isinstance(d.get(key), kind), (where, key)
        for key in ["url", "title", "published", "site_name", "original_source", "language"]:
            assert key in d and (d[key] is None or isinstance(d[key], str)), (where, key)
        text = d["text"]
        def span_ok(s, what):
            assert 0 <= s["start"] <= s["end"] <= len(text), (where, what, s)
            assert text[s["start"]:s["end"]] == s["text"], (where, what, s, text[s["start"]:s["end"]])
        ids = set()
        for e in d["entities"]:
            assert e["id"] not in ids, (where, "duplicate entity id")
            ids.add(e["id"])
            assert e["type"] in {"PERSON", "ORG", "GPE", "LOC", "DATE", "NORP", "MISC"}, (where, e["type"])
            assert e["mentions"], (where, "entity without mentions", e["name"])
            for m in e["mentions"]:
                span_ok(m, "mention")
        for q in d["quotes"]:
            assert q["kind"] in {"direct", "partial", "indirect"}, (where, q["kind"])
            span_ok(q, "quote")
            assert q["text"] and q["text"][0] not in "\"“”" and q["text"][-1] not in "\"“”,", (where, "quote keeps its marks", q["text"])
            if q["speaker_entity"] is not None:
                assert q["speaker_entity"] in ids, (where, "dangling speaker_entity")
            for key in ["speaker_mention", "cue"]:
                if q[key] is not None:
                    span_ok(q[key], key)
            assert q["speaker"] is None or q["speaker"].lower() not in {"he", "she", "they", "it"}, (where, q["speaker"])
print("checked", count, "documents")
assert count >= 2 * 4, count
PY
