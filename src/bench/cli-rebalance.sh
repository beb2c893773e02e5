#!/usr/bin/env bash
# Times `keel rebalance` as a whole process, with -Xmx256m and the flags of the README alias:
#   1. the 10,000-position book (20 accounts), account and household scope;
#   2. 1,000 portfolios of 50 positions in one run (processed in parallel).
# Every order goes to one generic CSV per book (--format generic), as docs/performance.md says: the
# synthetic books' accounts are at ibkr and other, which by venue would write a basket and a CSV.
# Usage: src/bench/cli-rebalance.sh   (from the project root; builds the jar when missing)
# Uses hyperfine when installed (apt-get install hyperfine), else a plain loop with `date`.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f target/keel.jar ] || mvn -q -DskipTests package
mkdir -p target/bench
book=target/bench/book-10000.json
many=target/bench/books-1000x50
[ -f "$book" ] || java -jar target/keel.jar generate-book --positions 10000 --accounts 20 --out "$book"
[ -d "$many" ] || java -jar target/keel.jar generate-book --positions 50 --accounts 1 --count 1000 --out "$many"
run() {
  if command -v hyperfine >/dev/null; then
    hyperfine --warmup 1 --runs 5 --output=null "$1"
  else
    for i in 1 2 3 4 5; do
      start=$(date +%s%N); $1 >/dev/null; end=$(date +%s%N)
      echo "run $i: $(( (end - start) / 1000000 )) ms"
    done
  fi
}
run "java -Xmx256m -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=target/keel.jsa -jar target/keel.jar rebalance $book --format generic --quiet --force --out target/bench/orders-10000.csv"
run "java -Xmx256m -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=target/keel.jsa -jar target/keel.jar rebalance $book --scope household --format generic --quiet --force --out target/bench/orders-10000-household.csv"
run "java -Xmx256m -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=target/keel.jsa -jar target/keel.jar rebalance $many --format generic --quiet --force --out target/bench/orders-1000x50"
