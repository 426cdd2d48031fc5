#!/usr/bin/env bash
# Measures the advisory index on a generated Debian-like OSV export (300,000 records, ~30,000 source package names;
# see bench/AdvisoryIndexBench/ExportGenerator.cs), in Release:
#   build  the index built from all.zip (OsvZip.ReadEntries -> AdvisoryIndexFile.Write): time, peak RSS, sizes
#   find   AdvisoryIndexFile.Open + Find for 1,000 names (900 in the index, a third upper-cased, 100 absent):
#          1st and 2nd run in one process, then a fresh process on a warm OS cache (in-process time and the
#          process's whole wall time, runtime start-up included). Goal: under 0.2 s.
# The export is generated once and kept under ${CSEC_CACHE:-~/.cache/containersecurity-build}/bench-advisories-v1
# (bump the suffix when the generator changes).
# Usage: build/bench-advisories.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
CACHE=${CSEC_CACHE:-${HOME:-/root}/.cache/containersecurity-build}
data=$CACHE/bench-advisories-v1
mkdir -p "$data"
dotnet build "$root/bench/AdvisoryIndexBench" -c Release -nologo -v:q >/dev/null
bench=(dotnet "$root/bench/AdvisoryIndexBench/bin/Release/net10.0/AdvisoryIndexBench.dll")
if [[ ! -f $data/all.zip || ! -f $data/names.txt ]]; then
  echo "generating the export (once) ..."
  "${bench[@]}" generate "$data/all.zip" "$data/names.txt"
fi
index=$(mktemp -d)/Debian.index
trap 'rm -rf "$(dirname "$index")"' EXIT
echo "== build"
"${bench[@]}" build "$data/all.zip" "$index"
echo "== find"
"${bench[@]}" find "$index" "$data/names.txt"
echo "== match: 1,000 installed Debian 12 packages against the index"
"${bench[@]}" match "$index" "$data/names.txt"
echo "== find, fresh process (warm OS cache)"
start=$(date +%s%N)
"${bench[@]}" find "$index" "$data/names.txt" 1
end=$(date +%s%N)
echo "whole process, start-up included: $(( (end - start) / 1000000 )) ms (the run in it is the line above)"
