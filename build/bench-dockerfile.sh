#!/usr/bin/env bash
# Dockerfiles per second: our linter (the CLI's dockerfile verb, one process) and `trivy config` on the same corpus
# in one run: the test corpus (tests/ContainerSecurity.Tests/Dockerfile/Corpus) copied COPIES times.
# Usage: build/bench-dockerfile.sh [COPIES=50]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
copies=${1:-50}
work=$(mktemp -d /tmp/csec-bench-df.XXXX); trap 'rm -rf "$work"' EXIT
trivy=$("$root/build/trivy.sh")
dotnet build "$root/src/ContainerSecurity.Cli" -c Release -nologo -v:q >/dev/null
cli=$root/src/ContainerSecurity.Cli/bin/Release/net10.0/ContainerSecurity.Cli.dll

mkdir -p "$work/corpus"
for i in $(seq "$copies"); do
  for f in "$root"/tests/ContainerSecurity.Tests/Dockerfile/Corpus/*.Dockerfile; do
    mkdir -p "$work/corpus/$i"; cp "$f" "$work/corpus/$i/$(basename "$f" .Dockerfile).Dockerfile"
  done
done
files=$(find "$work/corpus" -name '*.Dockerfile' | wc -l)

seconds() { local s; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; echo "$(date +%s.%N) - $s" | bc; }
ours=$(seconds dotnet "$cli" dockerfile $(find "$work/corpus" -name '*.Dockerfile') --report-dir "$work/reports" --format json)
findings=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['findings']))" "$work/reports/container-security.json")
theirs=$(seconds "$trivy" config --cache-dir "$work/trivy-cache" --skip-policy-update --format json --output "$work/trivy.json" "$work/corpus")
trivy_findings=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sum(len(r.get('Misconfigurations') or []) for r in d.get('Results',[])))" "$work/trivy.json")

printf '| tool | files | seconds | files/s | findings |\n|---|---|---|---|---|\n'
printf '| ContainerSecurity (CLI, 1 process) | %d | %.2f | %.0f | %d |\n' "$files" "$ours" "$(echo "$files / $ours" | bc -l)" "$findings"
printf '| trivy config | %d | %.2f | %.0f | %d |\n' "$files" "$theirs" "$(echo "$files / $theirs" | bc -l)" "$trivy_findings"
printf 'ratio (ours / trivy, files per second): %.1fx\n' "$(echo "$theirs / $ours" | bc -l)"
