#!/usr/bin/env bash
# Fuzzes every parser that reads untrusted bytes with afl++ and SharpFuzz, for a bounded time per target. Not run in CI.
#   build/fuzz.sh                    every target, FUZZ_SECONDS (default 120) each
#   build/fuzz.sh layer-tar dpkg-status   only these targets
#   build/fuzz.sh --list             the targets
# Needs afl++ (`apt-get install afl++`); installs the SharpFuzz instrumenter (dotnet tool SharpFuzz.CommandLine) into
# artifacts/fuzz/tools. Results: artifacts/fuzz/findings/TARGET/default/{crashes,hangs}; each crash is replayed at the end
# so its exception is printed. Every run is capped at a 600 MB GC heap (DOTNET_GCHeapHardLimit), so an input that
# makes a reader allocate more is a crash, and afl's -t (FUZZ_TIMEOUT_MS, default 5000) makes a slow input a hang.
# Turn each crash into a regression test, then fix it.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
OUT=${FUZZ_OUT:-$ROOT/artifacts/fuzz}
SECONDS_PER_TARGET=${FUZZ_SECONDS:-120}
TIMEOUT_MS=${FUZZ_TIMEOUT_MS:-5000}
PROJECT=$ROOT/tests/ContainerSecurity.Fuzz
BIN=$OUT/bin        # instrumented: only runs under afl-fuzz
PLAIN=$OUT/plain    # the same build uninstrumented: writes the seeds and replays crashes
TARGETS=(outer-tar oci-index oci-manifest oci-config layer-tar docker-save dpkg-status dpkg-status-d apk-installed
         rpm-bdb rpm-sqlite rpm-ndb rpm-manifest deps-json os-release python-metadata npm-package chisel-manifest
         dockerfile hadolint-yaml osv-record layer-cache-entry)

if [[ ${1:-} == --list ]]; then printf '%s\n' "${TARGETS[@]}"; exit 0; fi
if [[ $# -gt 0 ]]; then TARGETS=("$@"); fi
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++" >&2; exit 1; }

mkdir -p "$OUT/tools"
if [[ ! -x $OUT/tools/sharpfuzz ]]; then
  dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$OUT/tools" >/dev/null
fi

echo "== build and instrument"
dotnet build "$PROJECT" -c Release -nologo -v:q -o "$PLAIN" >/dev/null
rm -rf "$BIN"
cp -r "$PLAIN" "$BIN"
"$OUT/tools/sharpfuzz" "$BIN/ContainerSecurity.dll"

echo "== seeds"
CORPUS=$OUT/corpus
rm -rf "$CORPUS"
mkdir -p "$CORPUS"
cp -r "$PROJECT/Corpus/." "$CORPUS/"
dotnet "$PLAIN/ContainerSecurity.Fuzz.dll" --seeds "$CORPUS"
FIX=$ROOT/tests/ContainerSecurity.Tests/Inventory/Fixtures
seed() { mkdir -p "$CORPUS/$1"; if [[ $2 == *.gz ]]; then gunzip -c "$2" > "$CORPUS/$1/$(basename "${2%.gz}")"; else cp "$2" "$CORPUS/$1/"; fi; }
seed rpm-bdb "$FIX/Packages.bdb.gz"
seed rpm-sqlite "$FIX/rpmdb-python.sqlite.gz"
seed deps-json "$FIX/selfcontained-app.deps.json"
seed chisel-manifest "$FIX/manifest.wall"
for f in "$ROOT"/tests/ContainerSecurity.Tests/Dockerfile/Corpus/*.Dockerfile; do seed dockerfile "$f"; done

export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export DOTNET_GCHeapHardLimit=0x25800000 DOTNET_TieredPGO=0
summary=()
for target in "${TARGETS[@]}"; do
  [[ -d $CORPUS/$target ]] || { echo "no seeds for $target" >&2; exit 1; }
  echo "== $target: ${SECONDS_PER_TARGET}s"
  findings=$OUT/findings/$target
  rm -rf "$findings"; mkdir -p "$OUT/findings"
  afl-fuzz -V "$SECONDS_PER_TARGET" -t "$TIMEOUT_MS" -m none -i "$CORPUS/$target" -o "$findings" \
    -- "$(command -v dotnet)" "$BIN/ContainerSecurity.Fuzz.dll" "$target" > "$OUT/$target.log" 2>&1 || { echo "afl-fuzz failed, see $OUT/$target.log" >&2; tail -20 "$OUT/$target.log" >&2; }
  stats=$findings/default/fuzzer_stats
  execs=$(awk -F: '/^execs_done/ {gsub(/ /,"",$2); print $2}' "$stats" 2>/dev/null || echo '?')
  paths=$(awk -F: '/^corpus_count/ {gsub(/ /,"",$2); print $2}' "$stats" 2>/dev/null || echo '?')
  crashes=$(find "$findings/default/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
  hangs=$(find "$findings/default/hangs" -type f -name 'id:*' 2>/dev/null | wc -l)
  summary+=("$target: $execs executions, $paths inputs in the queue, $crashes crashes, $hangs hangs")
  for crash in "$findings"/default/crashes/id:*; do
    [[ -f $crash ]] || continue
    echo "-- $crash"
    dotnet "$PLAIN/ContainerSecurity.Fuzz.dll" "$target" "$crash" 2>&1 | grep -v '^   at ' | head -5 || true
  done
done
printf '%s\n' "${summary[@]}"
