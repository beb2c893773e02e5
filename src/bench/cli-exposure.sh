#!/usr/bin/env bash
# Times `keel exposure` as a whole process on a 10,000-position book holding 5,000 listed options
# and 300 futures and perpetuals, with -Xmx256m and the flags of the README alias.
# Usage: src/bench/cli-exposure.sh   (from the project root; builds the jar when missing)
# Uses hyperfine when installed (apt-get install hyperfine), else a plain loop with `date`.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f target/keel.jar ] || mvn -q -DskipTests package
book=target/bench/book-10000-options.json
mkdir -p target/bench
[ -f "$book" ] || java -jar target/keel.jar generate-book --positions 10000 --accounts 20 \
  --options 5000 --contracts 300 --out "$book"
for format in json table csv; do
  cmd="java -Xmx256m -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=target/keel.jsa -jar target/keel.jar exposure $book --format $format"
  echo "== --format $format"
  if command -v hyperfine >/dev/null; then
    hyperfine --warmup 2 --runs 10 --output=null "$cmd"
  else
    for i in 1 2 3 4 5 6 7 8 9 10; do
      start=$(date +%s%N); $cmd >/dev/null; end=$(date +%s%N)
      echo "run $i: $(( (end - start) / 1000000 )) ms"
    done
  fi
done
