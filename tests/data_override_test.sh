#!/usr/bin/env bash
# NEWSGRAPH_DATA_DIR makes the lexicons load from a folder (for tuning without
# a rebuild): a speech verb removed there stops being a cue, a folder lacking a
# file falls back to the compiled copy, and without the variable nothing changes.
# Usage: data_override_test.sh NEWSGRAPH_BINARY SOURCE_DIR
set -euo pipefail
bin=$1
src=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

printf 'Mayor Ruth Okafor complained that the ferry fares would rise in March.\n' > "$dir/a.txt"
count() { python3 -c "import json,sys; print(len(json.loads(sys.stdin.read())['quotes']))"; }

n=$("$bin" extract --verbatim "$dir/a.txt" | count)
[ "$n" = 1 ] || fail "compiled lexicons: expected 1 statement, got $n"

mkdir -p "$dir/data/lexicons"
grep -vx 'complained' "$src/data/lexicons/speech_verbs.txt" > "$dir/data/lexicons/speech_verbs.txt"
n=$(NEWSGRAPH_DATA_DIR="$dir/data" "$bin" extract --verbatim "$dir/a.txt" | count)
[ "$n" = 0 ] || fail "without 'complained' in the override: expected 0 statements, got $n"

# Only speech_verbs.txt is in the folder: every other lexicon is the compiled one.
printf 'Mayor Ruth Okafor said that the ferry fares would rise in March.\n' > "$dir/b.txt"
n=$(NEWSGRAPH_DATA_DIR="$dir/data" "$bin" extract --verbatim "$dir/b.txt" | count)
[ "$n" = 1 ] || fail "fallback to compiled lexicons: expected 1 statement, got $n"
echo "ok"
