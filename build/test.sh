#!/usr/bin/env bash
# Runs every test: the engine tests and the end-to-end tests through the real `dotnet publish`.
# Needs the services and base images from build/setup.sh. Ends with one line: N passed, N failed[, N skipped].
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=$root/artifacts/test
rm -rf "$out"; mkdir -p "$out"

echo "== packing ContainerSecurity.Build"
if ! dotnet pack ContainerSecurity.Build.sln -c Release -o "$out/feed" -nologo -v:q > "$out/pack.log" 2>&1; then
  cat "$out/pack.log"; echo "0 passed, 1 failed"; exit 1
fi
export CSEC_PACKAGE_FEED=$out/feed

status=0
for project in tests/ContainerSecurity.Tests tests/ContainerSecurity.Build.Tests; do
  echo "== $project"
  dotnet test "$project" -c Release -nologo --logger "trx;LogFileName=$(basename "$project").trx" --results-directory "$out" 2>&1 | tee -a "$out/test.log" | grep -vE '^\s*$' | grep -vE '^\s+at ' || true
  [[ ${PIPESTATUS[0]} -eq 0 ]] || status=1
done

# Sum every run's counters from the trx files, so a run that executed nothing shows as 0 passed.
read -r passed failed skipped < <(python3 - "$out" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
p = f = s = 0
for trx in glob.glob(sys.argv[1] + "/*.trx"):
    c = ET.parse(trx).getroot().find(".//{*}Counters")
    if c is None: continue
    p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0))
    # MSTest's trx leaves notExecuted at 0 for inconclusive tests; total - executed counts them.
    s += max(int(c.get("total", 0)) - int(c.get("executed", 0)), int(c.get("notExecuted", 0)) + int(c.get("inconclusive", 0)))
print(p, f, s)
PY
)
[[ ${passed:-0} -gt 0 ]] || status=1
[[ ${failed:-1} -eq 0 ]] || status=1
echo "${passed:-0} passed, ${failed:-0} failed, ${skipped:-0} skipped"
exit $status
