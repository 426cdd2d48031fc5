using System.IO.Compression;
using System.Text;

namespace ContainerSecurity.Tests.Fixtures;

/// <summary>
/// A small Debian image whose clean scan fails: three dpkg packages, zlib with a critical CVE in the mirror folder
/// beside it, and an app layer with a password in appsettings.Production.json. For checks that a hostile cache never
/// changes what a scan finds.
/// </summary>
internal sealed record VulnerableAppImage(string Archive, string Mirror, string BaseLayerDigest, string AppLayerDigest)
{
    public const string Password = "Pr0dDbPassw0rd!x";
    public const string MaskedPassword = "Pr0d********";

    private const string OsRelease = "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nID=debian\nVERSION_ID=\"12\"\nVERSION_CODENAME=bookworm\n";

    private const string Status = """
        Package: zlib1g
        Status: install ok installed
        Architecture: amd64
        Source: zlib
        Version: 1:1.2.13.dfsg-1

        Package: libc6
        Status: install ok installed
        Architecture: amd64
        Source: glibc
        Version: 2.36-9+deb12u4

        Package: base-files
        Status: install ok installed
        Architecture: amd64
        Version: 12.4+deb12u5

        """;

    private const string ZlibRecord = """
        {"id": "DEBIAN-CVE-2023-45853", "modified": "2024-09-20T12:00:00Z", "upstream": ["CVE-2023-45853"],
         "summary": "MiniZip in zlib through 1.3 has an integer overflow.",
         "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
         "affected": [{"package": {"ecosystem": "Debian:12", "name": "zlib"}, "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}]}]}]}
        """;

    /// <summary>The base layer's first entry, which a reader meets right after the entry count.</summary>
    public const string FirstBasePath = "/etc/os-release";

    public static VulnerableAppImage Write(string directory)
    {
        var baseLayer = new TestLayer()
            .File("etc/os-release", OsRelease)
            .File("etc/passwd", "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/app:/bin/sh\n")
            .File("var/lib/dpkg/status", Status)
            .Gzip();
        var appLayer = new TestLayer()
            .File("app/app.dll", "MZ not really")
            .File("app/appsettings.Production.json", "{\n  \"ConnectionStrings\": {\n    \"Db\": \"Server=db;User Id=app;Password=" + Password + ";\"\n  }\n}\n")
            .Gzip();
        var builder = new OciImageBuilder();
        builder.AddLayeredImage([baseLayer, appLayer], user: "app");
        var archive = builder.WriteArchive(Path.Combine(directory, "image.tar.gz"));
        var mirror = Path.Combine(directory, "mirror");
        Directory.CreateDirectory(Path.Combine(mirror, "Debian"));
        using (var zip = ZipFile.Open(Path.Combine(mirror, "Debian", "all.zip"), ZipArchiveMode.Create))
        {
            using var entry = zip.CreateEntry("DEBIAN-CVE-2023-45853.json").Open();
            entry.Write(Encoding.UTF8.GetBytes(ZlibRecord));
        }
        return new VulnerableAppImage(archive, mirror, ContainerSecurity.Images.Digest.Of(baseLayer.Bytes), ContainerSecurity.Images.Digest.Of(appLayer.Bytes));
    }

    /// <summary>The layer-cache file of a layer in <paramref name="cacheDirectory"/> (the scan's cache folder).</summary>
    public static string CacheFile(string cacheDirectory, string layerDigest) =>
        Directory.GetFiles(Path.Combine(cacheDirectory, "layers"), layerDigest.Replace(':', '-') + ".*.layer").Single();
}
