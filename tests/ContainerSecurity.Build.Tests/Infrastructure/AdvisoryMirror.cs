using System.IO.Compression;
using System.Text;

namespace ContainerSecurity.Build.Tests.Infrastructure;

/// <summary>
/// OSV mirror folders (BASE/ECOSYSTEM/all.zip) the end-to-end builds read instead of the public bucket, with records
/// modelled on real ones. <see cref="Quiet"/> affects nothing the fixture base images hold; <see cref="Vulnerable"/>
/// holds a critical unfixed zlib CVE and a high glibc DSA that the synthetic base image's packages fall into.
/// </summary>
internal static class AdvisoryMirror
{
    public static string Quiet => QuietMirror.Value;
    public static string Vulnerable => VulnerableMirror.Value;

    private static string Write(string name, string[] debian, string[] nuget)
    {
        var root = Path.Combine(Path.GetTempPath(), "csec-e2e", "osv-" + name + "-" + Guid.NewGuid().ToString("N")[..8]);
        WriteZip(Path.Combine(root, "Debian", "all.zip"), debian);
        WriteZip(Path.Combine(root, "NuGet", "all.zip"), nuget);
        WriteZip(Path.Combine(root, "npm", "all.zip"), NpmRecords);
        return root;
    }

    private static void WriteZip(string path, string[] records)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        foreach (var record in records)
        {
            var id = record[(record.IndexOf("\"id\": \"", StringComparison.Ordinal) + 7)..];
            id = id[..id.IndexOf('"')];
            using var stream = zip.CreateEntry(id + ".json").Open();
            stream.Write(Encoding.UTF8.GetBytes(record));
        }
    }

    // Looney Tunables: fixed in bookworm before the synthetic image's glibc 2.36-9+deb12u4, so it must not be reported.
    private static readonly string[] DebianQuiet =
    [
        """
        {"schema_version": "1.6.0", "id": "DSA-5514-1", "modified": "2023-10-03T12:00:00Z", "published": "2023-10-03T00:00:00Z",
         "aliases": [], "upstream": ["CVE-2023-4911"], "summary": "glibc - security update",
         "details": "The Qualys Research Labs discovered a buffer overflow in the dynamic loader's processing of GLIBC_TUNABLES.",
         "affected": [{"package": {"ecosystem": "Debian:12", "name": "glibc", "purl": "pkg:deb/debian/glibc?arch=source"},
           "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "2.36-9+deb12u3"}]}]}],
         "references": [{"type": "ADVISORY", "url": "https://www.debian.org/security/2023/dsa-5514"}]}
        """,
    ];

    private static readonly string[] DebianVulnerable =
    [
        """
        {"schema_version": "1.6.0", "id": "DEBIAN-CVE-2023-45853", "modified": "2024-09-20T12:00:00Z", "published": "2023-10-14T02:15:09Z",
         "upstream": ["CVE-2023-45853"], "summary": "MiniZip in zlib through 1.3 has an integer overflow and resultant heap-based buffer overflow in zipOpenNewFileInZip4_64 via a long filename, comment, or extra field.",
         "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
         "affected": [{"package": {"ecosystem": "Debian:12", "name": "zlib", "purl": "pkg:deb/debian/zlib?arch=source"},
           "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}]}]},
          {"package": {"ecosystem": "Debian:13", "name": "zlib", "purl": "pkg:deb/debian/zlib?arch=source"},
           "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "1:1.3.dfsg-1"}]}]}],
         "references": [{"type": "ADVISORY", "url": "https://security-tracker.debian.org/tracker/CVE-2023-45853"}]}
        """,
        """
        {"schema_version": "1.6.0", "id": "DSA-5673-1", "modified": "2024-05-02T12:00:00Z", "published": "2024-04-18T00:00:00Z",
         "upstream": ["CVE-2024-2961"], "summary": "glibc - security update",
         "details": "Charles Fol discovered that the iconv() function in the GNU C library may overflow the output buffer passed to it when converting to the ISO-2022-CN-EXT character set.",
         "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
         "affected": [{"package": {"ecosystem": "Debian:12", "name": "glibc", "purl": "pkg:deb/debian/glibc?arch=source"},
           "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "2.36-9+deb12u6"}]}]}],
         "references": [{"type": "ADVISORY", "url": "https://www.debian.org/security/2024/dsa-5673"}]}
        """,
    ];

    private static readonly string[] NuGetRecords =
    [
        """
        {"schema_version": "1.6.0", "id": "GHSA-5crp-9r3c-p9vr", "modified": "2024-02-02T00:00:00Z", "published": "2022-06-22T20:00:00Z",
         "aliases": ["CVE-2024-21907"], "summary": "Improper Handling of Exceptional Conditions in Newtonsoft.Json",
         "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"}],
         "affected": [{"package": {"ecosystem": "NuGet", "name": "Newtonsoft.Json", "purl": "pkg:nuget/Newtonsoft.Json"},
           "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "13.0.1"}]}]}],
         "references": [{"type": "ADVISORY", "url": "https://github.com/advisories/GHSA-5crp-9r3c-p9vr"}],
         "database_specific": {"severity": "HIGH", "github_reviewed": true}}
        """,
    ];

    private static readonly string[] NpmRecords =
    [
        """
        {"schema_version": "1.6.0", "id": "GHSA-35jh-r3h4-6jhm", "modified": "2024-01-01T00:00:00Z", "published": "2021-05-06T16:05:51Z",
         "aliases": ["CVE-2021-23337"], "summary": "Command Injection in lodash",
         "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:H/I:H/A:H"}],
         "affected": [{"package": {"ecosystem": "npm", "name": "lodash", "purl": "pkg:npm/lodash"},
           "ranges": [{"type": "SEMVER", "events": [{"introduced": "0"}, {"fixed": "4.17.21"}]}]}],
         "database_specific": {"severity": "HIGH", "github_reviewed": true}}
        """,
    ];

    private static readonly Lazy<string> QuietMirror = new(() => Write("quiet", DebianQuiet, NuGetRecords));
    private static readonly Lazy<string> VulnerableMirror = new(() => Write("vulnerable", [.. DebianQuiet, .. DebianVulnerable], NuGetRecords));
}
