using System.IO.Compression;
using System.Text;

namespace ContainerSecurity.Tests.Advisories.Osv;

/// <summary>OSV records modelled on real ones from the Debian, Alpine, Ubuntu and GitHub (NuGet) exports, zipped as all.zip is.</summary>
internal static class OsvFixtures
{
    public const string Dsa = """
        {
          "schema_version": "1.6.0",
          "id": "DSA-5678-1",
          "modified": "2024-05-01T12:30:00Z",
          "published": "2024-04-30T00:00:00Z",
          "aliases": ["CVE-2024-2511", "CVE-2024-4603", "DSA-5678-1"],
          "upstream": ["CVE-2024-2511"],
          "summary": "openssl - security update",
          "details": "Multiple vulnerabilities were discovered in OpenSSL.",
          "affected": [
            {
              "package": { "ecosystem": "Debian:12", "name": "openssl", "purl": "pkg:deb/debian/openssl?arch=source" },
              "ranges": [ { "type": "ECOSYSTEM", "events": [ { "introduced": "0" }, { "fixed": "3.0.14-1~deb12u1" } ] } ],
              "ecosystem_specific": { "urgency": "high" }
            },
            {
              "package": { "ecosystem": "Debian:11", "name": "openssl", "purl": "pkg:deb/debian/openssl?arch=source" },
              "ranges": [ { "type": "ECOSYSTEM", "events": [ { "introduced": "0" }, { "fixed": "1.1.1w-0+deb11u2" } ] } ],
              "versions": ["1.1.1n-0+deb11u4", "1.1.1n-0+deb11u5", "1.1.1w-0+deb11u1"]
            }
          ],
          "references": [
            { "type": "WEB", "url": "https://security-tracker.debian.org/tracker/DSA-5678-1" },
            { "type": "ADVISORY", "url": "https://www.debian.org/security/2024/dsa-5678" }
          ]
        }
        """;

    public const string DebianCve = """
        {
          "id": "DEBIAN-CVE-2024-6119",
          "modified": "2024-09-10T08:00:00.123456+02:00",
          "upstream": ["CVE-2024-6119"],
          "details": "\n  Issue summary: Applications performing certificate name checks (e.g., TLS clients checking server certificates) may attempt to read an invalid memory address resulting in abnormal termination of the application process.\n\nImpact summary: Abnormal termination of an application can a cause a denial of service.",
          "affected": [
            {
              "package": { "ecosystem": "Debian:13", "name": "openssl" },
              "ranges": [ { "type": "ECOSYSTEM", "events": [ { "introduced": "0" }, { "last_affected": "3.3.1-7" } ] } ]
            }
          ],
          "references": [
            { "type": "REPORT", "url": "https://github.com/openssl/openssl/issues/1" },
            { "type": "WEB", "url": "https://security-tracker.debian.org/tracker/CVE-2024-6119" },
            { "type": "WEB", "url": "https://www.openssl.org/news/secadv/20240903.txt" }
          ]
        }
        """;

    public const string Alpine = """
        {
          "id": "ALPINE-CVE-2024-6119",
          "modified": "2024-09-04T00:00:00Z",
          "upstream": ["CVE-2024-6119"],
          "details": "Issue summary: Applications performing certificate name checks may attempt to read an invalid memory address.",
          "affected": [
            {
              "package": { "ecosystem": "Alpine:v3.20", "name": "openssl", "purl": "pkg:apk/alpine/openssl?arch=source" },
              "ranges": [ { "type": "ECOSYSTEM", "events": [ { "introduced": "0" }, { "fixed": "3.3.2-r0" } ] } ]
            }
          ]
        }
        """;

    public const string Ubuntu = """
        {
          "id": "UBUNTU-CVE-2024-6119",
          "modified": "2024-09-05T00:00:00Z",
          "aliases": [],
          "upstream": ["CVE-2024-6119"],
          "summary": "Possible denial of service in X.509 name checks",
          "severity": [ { "type": "Ubuntu", "score": "medium" }, { "type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H" } ],
          "affected": [
            {
              "package": { "ecosystem": "Ubuntu:24.04:LTS", "name": "OpenSSL", "purl": "pkg:deb/ubuntu/openssl@3.0.13-0ubuntu3.4?arch=source&distro=noble" },
              "ranges": [ { "type": "ECOSYSTEM", "events": [ { "introduced": "0" }, { "fixed": "3.0.13-0ubuntu3.4" } ] } ],
              "versions": ["3.0.10-1ubuntu2", "3.0.13-0ubuntu3"]
            }
          ],
          "references": [ { "type": "REPORT", "url": "https://ubuntu.com/security/CVE-2024-6119" } ]
        }
        """;

    public const string GhsaNuGet = """
        {
          "id": "GHSA-hh2w-p6rv-4g7w",
          "modified": "2024-07-10T20:25:32Z",
          "aliases": ["CVE-2024-30105"],
          "summary": ".NET Denial of Service Vulnerability",
          "details": "# Microsoft Security Advisory CVE-2024-30105\n\nA vulnerability exists in System.Text.Json.",
          "severity": [ { "type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H" } ],
          "affected": [
            {
              "package": { "ecosystem": "NuGet", "name": "System.Text.Json", "purl": "pkg:nuget/System.Text.Json" },
              "ranges": [
                { "type": "ECOSYSTEM", "events": [ { "introduced": "8.0.0" }, { "fixed": "8.0.4" } ] },
                { "type": "GIT", "repo": "https://github.com/dotnet/runtime", "events": [ { "introduced": "0" }, { "fixed": "abc123" } ] }
              ]
            },
            {
              "package": { "ecosystem": "NuGet", "name": "Microsoft.NetCore.App.Runtime.linux-x64" },
              "ranges": [ { "type": "SEMVER", "events": [ { "introduced": "8.0.0" }, { "fixed": "8.0.7" } ] } ]
            },
            {
              "package": { "ecosystem": "NuGet", "name": "" },
              "ranges": [ { "type": "ECOSYSTEM", "events": [ { "introduced": "0" } ] } ]
            }
          ],
          "references": [
            { "type": "ADVISORY", "url": "https://github.com/dotnet/runtime/security/advisories/GHSA-hh2w-p6rv-4g7w" },
            { "type": "ADVISORY", "url": "https://nvd.nist.gov/vuln/detail/CVE-2024-30105" }
          ],
          "database_specific": { "cwe_ids": ["CWE-400"], "github_reviewed": true, "severity": "HIGH" }
        }
        """;

    public const string Withdrawn = """
        {
          "id": "GHSA-aaaa-bbbb-cccc",
          "modified": "2024-02-01T00:00:00Z",
          "withdrawn": "2024-02-01T00:00:00Z",
          "summary": "Duplicate advisory",
          "affected": [ { "package": { "ecosystem": "NuGet", "name": "Newtonsoft.Json" }, "ranges": [ { "type": "ECOSYSTEM", "events": [ { "introduced": "0" }, { "fixed": "13.0.1" } ] } ] } ]
        }
        """;

    public const string GitOnly = """
        {
          "id": "OSV-2023-1234",
          "modified": "2023-06-01T00:00:00Z",
          "summary": "Heap-buffer-overflow in xmlParseChunk",
          "affected": [ { "package": { "ecosystem": "Debian:12", "name": "libxml2" }, "ranges": [ { "type": "GIT", "repo": "https://gitlab.gnome.org/GNOME/libxml2", "events": [ { "introduced": "0" }, { "fixed": "deadbeef" } ] } ] } ]
        }
        """;

    public const string Broken = """{ "id": "DSA-0000-1", "affected": [ { "package": """;

    /// <summary>All the records above as an OSV export, plus a directory entry (skipped) and a broken record.</summary>
    public static byte[] ExportZip() => Zip(
        ("DSA-5678-1.json", Dsa),
        ("DEBIAN-CVE-2024-6119.json", DebianCve),
        ("ALPINE-CVE-2024-6119.json", Alpine),
        ("UBUNTU-CVE-2024-6119.json", Ubuntu),
        ("GHSA-hh2w-p6rv-4g7w.json", GhsaNuGet),
        ("GHSA-aaaa-bbbb-cccc.json", Withdrawn),
        ("OSV-2023-1234.json", GitOnly),
        ("DSA-0000-1.json", Broken),
        ("docs/", ""));

    public static byte[] Zip(params (string Name, string Content)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }
}
