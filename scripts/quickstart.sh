#!/usr/bin/env bash
# Install everything and run the main job on the example reports, with the embedded SQLite store.
set -euo pipefail
source "$(dirname "$0")/setup.sh"
mkdir -p out
export OBSERVATORY_DB="$ROOT/out/observatory.db"
run() { echo; echo "\$ observatory $*"; observatory "$@"; }
run ingest examples/reports/
run control --import examples/control/syria-2019-03.csv
run events
run tally --since 2019-03-24 --until 2019-04-20 --by side
run area --since 2019-03-24 --until 2019-04-20 --side isis
run map --out out/map.png
run map --out out/map.html
run report --out out/report.html
echo
echo "Done: out/map.png, out/map.html and out/report.html; the database is out/observatory.db."
