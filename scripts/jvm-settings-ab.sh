#!/bin/bash
# Four Neo4j settings (or JVM flags) side by side, as findings item 45 tried them: four instances on copies of one
# bench store, started together by this checkout's launcher, each with its own KG_NEO4J_JAVA_OPTS (a Neo4j setting
# by name is -Dkg.neo4j.NAME=VALUE), then bursts of `RETURN 1` round robin (src/bench/jvm-threads.ts), one line per
# burst: JVM µs per call in all, in Bolt's threads, in the JIT's compiler threads and in GC. Compare the Bolt
# threads: the compiler's share differs between fresh JVMs by more than a setting moves.
#   scripts/jvm-settings-ab.sh DIR LABEL OPTS_A OPTS_B OPTS_C OPTS_D   (DIR holds profile-1000 from src/bench/profile.ts)
#   e.g. scripts/jvm-settings-ab.sh /tmp/jv t1 "" "-Dkg.neo4j.dbms.memory.tracking.enable=false" "-XX:TieredStopAtLevel=1" ""
# ROUNDS (default 5) and CALLS (default 3000) per burst. The copies stay (DIR/ab-1 … ab-3); the instances are stopped.
set -euo pipefail
dir=$1; label=$2; shift 2
cd "$(dirname "$0")/.."
dirs=("$dir/profile-1000" "$dir/ab-1" "$dir/ab-2" "$dir/ab-3")
opts=("$@")
out="$dir/jvm-settings-$label.txt"; : > "$out"
for i in 0 1 2 3; do node bin/kg.js neo4j stop --data-dir "${dirs[$i]}" >/dev/null; done
for i in 1 2 3; do [ -d "${dirs[$i]}" ] || cp -r "${dirs[0]}" "${dirs[$i]}"; done
for i in 0 1 2 3; do KG_NEO4J_JAVA_OPTS="${opts[$i]:-}" node bin/kg.js neo4j start --data-dir "${dirs[$i]}" >/dev/null 2>>"$out" & done
wait
for i in 0 1 2 3; do echo "# $i ${dirs[$i]} [${opts[$i]:-}]" >> "$out"; done
echo "# start $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out"
for r in $(seq 1 "${ROUNDS:-5}"); do
  for k in 0 1 2 3; do
    i=$(( (k + r) % 4 ))
    node --import tsx src/bench/jvm-threads.ts --dir "${dirs[$i]}" --calls "${CALLS:-3000}" 2>&1 | awk -F'|' -v r="$r" -v i="$i" '
      /^# /{split($0,a,": "); tot=a[2]+0}
      /BoltWorke|BoltNetwo/{b+=$4} /CompilerThre/{c+=$4} /GC Thread|G1/{g+=$4}
      END{printf "round %d inst %d total %d bolt %.0f compiler %.0f gc %.0f\n", r, i, tot, b, c, g}' >> "$out"
  done
done
echo "# end $(date -u +%T) load $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out"
for i in 0 1 2 3; do node bin/kg.js neo4j stop --data-dir "${dirs[$i]}" >/dev/null; done
cat "$out"
