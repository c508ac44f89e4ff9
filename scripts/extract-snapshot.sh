#!/usr/bin/env bash
# Writes `kg extract` output of the seeds, the real corpus (40 gold files and unlabeled/) and a synthetic
# corpus to DIR, one JSON per set; run it before and after a speed change and `diff -r` the two DIRs
# (a perf change must leave every byte the same).
# Usage: scripts/extract-snapshot.sh DIR [SYNTH_CORPUS_DIR]
set -euo pipefail
out=${1:?usage: extract-snapshot.sh DIR [SYNTH_CORPUS_DIR]}
synth=${2:-}
here=$(cd "$(dirname "$0")/.." && pwd)
shared="$here/../shared"
mkdir -p "$out" && : > "$out/stderr.log"
kg() { node "$here/bin/kg.js" extract "$@" 2>>"$out/stderr.log"; }
kg "$shared"/seeds/*.txt > "$out/seeds.json"
kg "$shared"/corpus/real/*.txt > "$out/real.json"
kg "$shared"/corpus/real/unlabeled/*.txt > "$out/unlabeled.json"
if [ -n "$synth" ]; then kg "$synth"/*.txt > "$out/synthetic.json"; fi
ls -l "$out"
