#!/usr/bin/env bash
# Times the window as a user starts it, with -Xmx512m:
#   1. first start (the bundled sample): start to first window, to the holdings table, to the proposal;
#   2. the 10,000-position book named on the command line: the same three moments.
# Each run starts with an empty Keel data folder and closes itself once the proposal is shown
# (-Dkeel.measure, see StartupProbe). Needs a display: under xvfb-run when DISPLAY is not set
# (apt-get install xvfb libgtk-3-0). Usage: src/bench/window-startup.sh (from the project root).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f target/keel.jar ] || mvn -q -DskipTests package
mkdir -p target/bench
book=target/bench/book-10000.json
[ -f "$book" ] || java -jar target/keel.jar generate-book --positions 10000 --accounts 20 --out "$book"
out=target/bench/window-startup.txt
rm -f "$out"
display=()
[ -n "${DISPLAY:-}" ] || display=(xvfb-run -a)
run() {
  local label=$1
  shift
  for i in 1 2 3 4 5; do
    echo "# $label, run $i" >>"$out"
    home=$(mktemp -d)
    "${display[@]}" java -Xmx512m -Dkeel.home="$home" -Dkeel.measure="$out" -Dkeel.measure.exit=true \
      -jar target/keel.jar "$@"
    rm -rf "$home"
  done
}
run "first start, bundled sample"
run "10,000-position book" "$book"
cat "$out"
