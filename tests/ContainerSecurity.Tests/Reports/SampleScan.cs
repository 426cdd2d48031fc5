using ContainerSecurity.Advisories;
using ContainerSecurity.Findings;
using ContainerSecurity.Inventory;
using ContainerSecurity.Reports;

namespace ContainerSecurity.Tests.Reports;

/// <summary>
/// A hand-built scan result with fixed digests and versions: one image, two vulnerabilities that count, one suppressed,
/// Dockerfile and project findings, and a file outside the source root. The image digests vary with <c>build</c>,
/// as a rebuilt image's would; <c>lineShift</c> moves the Dockerfile lines, as an edit above them would.
/// </summary>
internal static class SampleScan
{
    public static string Root { get; } = Path.Combine(Path.GetTempPath(), "csec-sample-repo");
    public static string Outside { get; } = Path.Combine(Path.GetTempPath(), "csec-sample-outside");
    public static string Dockerfile => Path.Combine(Root, "src", "app", "Dockerfile");
    public static string Project => Path.Combine(Root, "src", "app", "app.csproj");

    public static ScanResult Create(char build = 'a', int lineShift = 0)
    {
        var manifest = Digest(build);
        var baseLayer = Digest((char)(build + 1));
        var appLayer = Digest((char)(build + 2));
        var openssl = Package("libssl3", "3.0.14-1~deb12u1", PackageType.Dpkg, "pkg:deb/debian/libssl3@3.0.14-1~deb12u1?arch=amd64&distro=debian-12", "var/lib/dpkg/status");
        var zlib = Package("zlib1g", "1:1.2.13.dfsg-1", PackageType.Dpkg, "pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1?arch=amd64&distro=debian-12", "var/lib/dpkg/status");
        var json = Package("Newtonsoft.Json", "12.0.3", PackageType.NuGet, "pkg:nuget/Newtonsoft.Json@12.0.3", "app/app.deps.json");
        var image = new ScannedImage("/work/obj/image.tar", manifest, Digest('f'), "linux/amd64", ["myapp:1.2"])
        {
            Os = OsInfo.Create(OsFamilies.Debian, "12", "bookworm", "Debian GNU/Linux 12 (bookworm)"),
            Packages = [new(openssl, baseLayer, true), new(zlib, baseLayer, true), new(json, appLayer, false)],
            Layers = [new(0, baseLayer, 29_000_000, 74_000_000, 4_100, IsBaseLayer: true), new(1, appLayer, 1_200_000, 3_400_000, 60, IsBaseLayer: false)],
        };
        Finding[] findings =
        [
            Vulnerable("CSEC3004", DiagnosticLevel.Error, new Vulnerability
            {
                Id = "CVE-2024-5535", Aliases = ["DSA-5749-1"], Severity = Severity.Critical, Score = 9.1,
                SeveritySource = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:H", Summary = "OpenSSL: SSL_select_next_proto buffer overread",
                Url = "https://security-tracker.debian.org/tracker/CVE-2024-5535",
                PackageName = "libssl3", InstalledVersion = openssl.Version, FixedVersion = "3.0.15-1~deb12u1", PackageType = PackageType.Dpkg,
                Purl = openssl.Purl, Ecosystem = "Debian:12", DataSource = "OSV", ImageDigest = manifest, LayerDigest = baseLayer, FromBaseImage = true,
            }),
            Vulnerable("CSEC3003", DiagnosticLevel.Warning, new Vulnerability
            {
                Id = "GHSA-5crp-9r3c-p9vr", Aliases = ["CVE-2024-21907"], Severity = Severity.High, SeveritySource = "GitHub: HIGH",
                Summary = "Improper Handling of Exceptional Conditions in Newtonsoft.Json", Url = "https://github.com/advisories/GHSA-5crp-9r3c-p9vr",
                PackageName = "Newtonsoft.Json", InstalledVersion = json.Version, FixedVersion = "13.0.1", PackageType = PackageType.NuGet,
                Purl = json.Purl, Ecosystem = "NuGet", DataSource = "OSV", ImageDigest = manifest, LayerDigest = appLayer, FromBaseImage = false,
            }),
            Vulnerable("CSEC3002", DiagnosticLevel.Note, new Vulnerability
            {
                Id = "CVE-2023-45853", Severity = Severity.Medium, Summary = "zlib: integer overflow in zipOpenNewFileInZip4_6",
                Url = "https://security-tracker.debian.org/tracker/CVE-2023-45853",
                PackageName = "zlib1g", InstalledVersion = zlib.Version, PackageType = PackageType.Dpkg,
                Purl = zlib.Purl, Ecosystem = "Debian:12", DataSource = "OSV", ImageDigest = manifest, LayerDigest = baseLayer, FromBaseImage = true,
            }) with { SuppressedBy = "ContainerSecuritySuppress CSEC3002: minizip is not used | reviewed" },
            new Finding
            {
                Code = "DL3008", Level = DiagnosticLevel.Warning,
                Message = "Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>` (curl|*wget*)",
                Location = new SourceLocation(Dockerfile, 5 + lineShift, 1, 7 + lineShift, 22),
            },
            new Finding
            {
                Code = "CSEC2001", Level = DiagnosticLevel.Error, ImageDigest = manifest,
                Message = $"The final image {manifest} runs as root (user ''). Add USER app (or USER 1654) to the final stage.",
                Location = new SourceLocation(Dockerfile, 1 + lineShift, 1),
            },
            new Finding
            {
                Code = "CSEC5003", Level = DiagnosticLevel.Note,
                Message = "The suppression of CSEC9999 matched nothing in this scan; remove it if it is no longer needed.",
                Location = new SourceLocation(Path.Combine(Outside, "Directory.Build.props"), 3, 5),
            },
        ];
        return new ScanResult { Findings = findings, Images = [image], DockerfileCount = 1, Messages = ["Advisory data: Debian from the OSV cache, downloaded 2026-01-01."] };

        Finding Vulnerable(string code, DiagnosticLevel level, Vulnerability v) => new()
        {
            Code = code, Level = level, ImageDigest = manifest, Vulnerability = v, Location = new SourceLocation(Project),
            Message = $"{v.PackageName} {v.InstalledVersion} has {v.Id} ({v.Severity}); {(v.FixedVersion is { } f ? $"fixed in {f}" : "no fix exists")}; from the {(v.FromBaseImage == true ? "base image" : "application layer")}.",
        };
    }

    public static ReportContext Context => new() { SourceRoot = Root, Now = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero) };

    private static string Digest(char c) => "sha256:" + new string(c, 64);

    private static Package Package(string name, string version, PackageType type, string purl, string foundAt) =>
        new() { Name = name, Version = version, Type = type, Ecosystem = type == PackageType.NuGet ? "NuGet" : "Debian:12", Purl = purl, FoundAt = foundAt };
}
