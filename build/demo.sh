#!/usr/bin/env bash
# The demo: both samples published through the gate to the local registry. The insecure one fails and is not
# pushed; the secure one passes and is pushed byte for byte as scanned. Needs build/setup.sh first.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck disable=SC1091
source "${CSEC_STATE:-/tmp/csec-services}/env"
registry=${CSEC_REGISTRY:-localhost:5000}
demo=$root/artifacts/demo
rm -rf "$demo"; mkdir -p "$demo"
export NUGET_PACKAGES=$demo/packages   # always the freshly packed package

echo "== packing ContainerSecurity.Build"
dotnet pack "$root/ContainerSecurity.Build.sln" -c Release -o "$demo/feed" -nologo -v:q >/dev/null || exit 1
version=$(basename "$(ls "$demo"/feed/ContainerSecurity.Build.*.nupkg)" .nupkg); version=${version#ContainerSecurity.Build.}

echo "== an offline OSV mirror folder: $demo/osv-mirror/<Ecosystem>/all.zip (from samples/osv-mirror)"
for ecosystem in "$root"/samples/osv-mirror/*/; do
  name=$(basename "$ecosystem"); mkdir -p "$demo/osv-mirror/$name"
  (cd "$ecosystem" && zip -qj "$demo/osv-mirror/$name/all.zip" ./*.json) || exit 1
done

publish() {
  echo; echo "== dotnet publish samples/$1 -t:PublishContainer -p:ContainerRegistry=$registry"
  # Lint the Dockerfile inside the gate, so its findings and the image's show together.
  (cd "$root/samples/$1" && dotnet publish -t:PublishContainer -nologo -p:ContainerRegistry="$registry" -p:DemoRegistry="$registry" -p:ContainerSecurityBuildVersion="$version" -p:ContainerSecurityLintOnBuild=false) | tee "$demo/$1.log"
  return "${PIPESTATUS[0]}"
}
in_registry() { curl -fsS "http://$registry/v2/$1/tags/list" 2>/dev/null || echo "(nothing)"; }

publish InsecureApp; insecure=$?
publish SecureApp; secure=$?

echo; echo "== samples/DockerfileApp: its Dockerfile is linted on every dotnet build"
(cd "$root/samples/DockerfileApp" && dotnet build -nologo -v:m -p:ContainerSecurityBuildVersion="$version") | tee "$demo/DockerfileApp.log"
dockerfile=${PIPESTATUS[0]}

echo; echo "== the scan-only flow (images built by docker build): the secure image as 'docker save' writes it, scanned with -t:ContainerSecurityScan"
skopeo copy -q --src-tls-verify=false "docker://$registry/samples/secure-app:latest" "docker-archive:$demo/secure-app.tar:samples/secure-app:latest" \
  && (cd "$root/samples/DockerfileApp" && dotnet build -t:ContainerSecurityScan -nologo -v:m -p:ContainerSecurityBuildVersion="$version" -p:ContainerSecurityImageArchive="$demo/secure-app.tar") | tee "$demo/scan.log"
scan=${PIPESTATUS[0]}

echo
echo "== result"
echo "InsecureApp: publish exit code $insecure; registry has: $(in_registry samples/insecure-app)"
echo "SecureApp:   publish exit code $secure; registry has: $(in_registry samples/secure-app)"
echo "DockerfileApp: build (Dockerfile lint) exit code $dockerfile; ContainerSecurityScan of the saved secure image exit code $scan"
echo
echo "== the Markdown report of the failed publish (also appended to \$GITHUB_STEP_SUMMARY in GitHub Actions)"
cat "$root/samples/InsecureApp/obj/Release/net10.0/container-security/container-security.md" 2>/dev/null || echo "(no Markdown report)"
if [[ $insecure -ne 0 && $secure -eq 0 ]] && grep -q "error CSEC2001" "$demo/InsecureApp.log" && grep -q "error CSEC3004" "$demo/InsecureApp.log" && [[ $dockerfile -eq 0 && $scan -eq 0 ]]; then
  echo "The gate stopped the insecure image before the push and delivered the secure one."
else
  echo "Unexpected: the insecure publish should fail and the secure one pass."; exit 1
fi
