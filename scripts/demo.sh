#!/usr/bin/env bash
# The main job: installs what is missing, builds newsgraph, ingests the
# bundled example pages (and the founding page, when ../shared is beside the
# checkout) into an embedded SQLite database, and prints who said what.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" --target newsgraph
inputs=(examples)
[ -d ../shared/seed ] && inputs+=(../shared/seed)
db=${NEWSGRAPH_DB:-newsgraph.db}
./build/newsgraph ingest "${inputs[@]}" --db "$db"
./build/newsgraph quotes --db "$db"
