using ContainerSecurity.Advisories;
using ContainerSecurity.Findings;
using ContainerSecurity.Inventory;
using ContainerSecurity.Vex;

namespace ContainerSecurity.Tests.Vex;

/// <summary>An image tagged localhost:5000/shop/app:1.2 holding zlib1g with CVE-2023-45853 (alias DEBIAN-CVE-2023-45853), and VEX files written to disk.</summary>
internal static class VexFixture
{
    public const string Digest = "sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    public const string ZlibPurl = "pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1?arch=amd64&distro=debian-12";

    public static ScannedImage Image { get; } = new("/tmp/image.tar.gz", Digest, "sha256:" + new string('c', 64), "linux/amd64", ["localhost:5000/shop/app:1.2"]);

    public static Finding Zlib(string purl = ZlibPurl) => new()
    {
        Code = "CSEC3004",
        Level = DiagnosticLevel.Error,
        Message = "zlib1g 1:1.2.13.dfsg-1 is vulnerable to CVE-2023-45853",
        Vulnerability = new Vulnerability
        {
            Id = "CVE-2023-45853", Aliases = ["DEBIAN-CVE-2023-45853"], Severity = Severity.Critical,
            PackageName = "zlib1g", InstalledVersion = "1:1.2.13.dfsg-1", PackageType = PackageType.Dpkg, Purl = purl,
            Ecosystem = "Debian:12", ImageDigest = Digest,
        },
    };

    public static string Write(string json, string name = "vex.json")
    {
        var dir = Path.Combine(Path.GetTempPath(), "csec-vex-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, json);
        return path;
    }

    /// <summary>An OpenVEX 0.2 document with the given statements (JSON objects, comma-separated).</summary>
    public static string OpenVex(string statements, string timestamp = "2026-01-01T00:00:00Z") => $$"""
        {
          "@context": "https://openvex.dev/ns/v0.2.0",
          "@id": "https://example.com/vex/1",
          "author": "Shop security team",
          "timestamp": "{{timestamp}}",
          "version": 1,
          "statements": [ {{statements}} ]
        }
        """;

    public static string Statement(string vulnerability, string products, string status = "not_affected", string extra = "\"justification\": \"vulnerable_code_not_in_execute_path\"", string? timestamp = null) => $$"""
        {
          "vulnerability": { "name": "{{vulnerability}}" },
          {{(timestamp is null ? "" : $"\"timestamp\": \"{timestamp}\",")}}
          "products": [ {{products}} ],
          "status": "{{status}}"{{(extra.Length > 0 ? "," + extra : "")}}
        }
        """;

    public static Finding Apply(Finding finding, params string[] documents) =>
        new VexMatcher(documents.Select((d, i) => VexDocumentReader.Read(Write(d), $"vex/{i}.json")).ToList(), [Image]).Apply(finding);
}
