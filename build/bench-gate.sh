#!/usr/bin/env bash
# Measures what the gate adds to a publish: median wall time of N publishes with the gate on and off (same project,
# same registry, advisory data from a mirror folder), and the engine host's start-up (median of N `host scan` runs on
# the scanned archive).
# Needs build/setup.sh. Usage: build/bench-gate.sh [N=7]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-7}
# shellcheck disable=SC1091
source "${CSEC_STATE:-/tmp/csec-services}/env"
work=$(mktemp -d /tmp/csec-bench.XXXX); trap 'rm -rf "$work"' EXIT
export NUGET_PACKAGES=$work/packages
# Advisory data from a mirror folder (the samples' records) and a cache of the bench's own, as an air-gapped CI has.
for ecosystem in "$root"/samples/osv-mirror/*/; do
  mkdir -p "$work/osv/$(basename "$ecosystem")"
  (cd "$ecosystem" && zip -qj "$work/osv/$(basename "$ecosystem")/all.zip" ./*.json)
done
# The samples hold an unfixed critical zlib CVE that the Debian base has: ignored, so the publish goes through.
export ContainerSecurityOsvUrl=$work/osv ContainerSecurityCacheDirectory=$work/cache ContainerSecurityIgnoreUnfixed=true
dotnet pack "$root/ContainerSecurity.Build.sln" -c Release -o "$work/feed" -nologo -v:q >/dev/null
mkdir -p "$work/app" && cd "$work/app"
cat > app.csproj <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ContainerBaseImage>$CSEC_REGISTRY/csec/debian:12</ContainerBaseImage>
    <ContainerRepository>bench/app</ContainerRepository>
    <ContainerUser>1654</ContainerUser>
  </PropertyGroup>
  <ItemGroup><PackageReference Include="ContainerSecurity.Build" Version="0.2.0" PrivateAssets="all" /></ItemGroup>
</Project>
XML
echo 'System.Console.WriteLine("bench");' > Program.cs
printf '<configuration><packageSources><clear/><add key="l" value="%s"/><add key="n" value="https://api.nuget.org/v3/index.json"/></packageSources></configuration>' "$work/feed" > nuget.config
dotnet publish -t:PublishContainer -p:ContainerRegistry="$CSEC_REGISTRY" -nologo -v:q > "$work/warm.log" || { cat "$work/warm.log"; exit 1; }   # warm restore and build

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
time_publish() { # ENABLED
  for _ in $(seq "$n"); do
    s=$(date +%s.%N)
    dotnet publish -t:PublishContainer -p:ContainerRegistry="$CSEC_REGISTRY" -p:ContainerSecurityEnabled="$1" -nologo -v:q >/dev/null
    echo "$(date +%s.%N) - $s" | bc
  done | median
}
on=$(time_publish true)
off=$(time_publish false)
archive=$work/app/obj/Release/net10.0/container-security/quarantine/linux-x64/image.tar.gz
printf '{"images":["%s"],"reportFormats":[]}' "$archive" > "$work/req.json"
host_scan() { for _ in $(seq "$n"); do s=$(date +%s.%N); dotnet "$1" host scan "$work/req.json" "$work/res.json"; echo "$(date +%s.%N) - $s" | bc; done | median; }
tools=$(find "$NUGET_PACKAGES/containersecurity.build" -maxdepth 3 -type d -name tools)
startup=$(host_scan "$tools/host/ContainerSecurity.Cli.dll")
[[ -f $tools/host-linux-x64/ContainerSecurity.Cli.dll ]] && startup_r2r=$(host_scan "$tools/host-linux-x64/ContainerSecurity.Cli.dll")
size=$(du -h "$archive" | cut -f1)
printf 'publish to registry, gate on:  %.2f s (median of %d)\n' "$on" "$n"
printf 'publish to registry, gate off: %.2f s (median of %d)\n' "$off" "$n"
printf 'gate adds:                     %.2f s\n' "$(echo "$on - $off" | bc)"
printf 'engine host, scan of the %s image archive, process start to exit: %.3f s portable' "$size" "$startup"
[[ -n ${startup_r2r:-} ]] && printf ', %.3f s ReadyToRun (linux-x64, what the gate runs here)' "$startup_r2r"
printf ' (median of %d)\n' "$n"
