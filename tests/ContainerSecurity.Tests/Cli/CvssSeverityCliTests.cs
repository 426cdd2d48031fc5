using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Cli;

/// <summary>An advisory's CVSS v4.0 vector decides the finding's level through the CLI: the vector is scored as written.</summary>
[TestClass]
public sealed class CvssSeverityCliTests
{
    private const string Status = "Package: libssl3\nStatus: install ok installed\nArchitecture: amd64\nSource: openssl\nVersion: 3.0.13-1~deb12u1\n";

    private static string Record(string vector) => $$"""
        {"id": "DEBIAN-CVE-2024-9143", "modified": "2024-11-01T00:00:00Z", "upstream": ["CVE-2024-9143"],
         "summary": "OpenSSL: out-of-bounds memory access with low-level GF(2^m) elliptic curve APIs",
         "severity": [{"type": "CVSS_V4", "score": "{{vector}}"}],
         "affected": [{"package": {"ecosystem": "Debian:12", "name": "openssl"},
                       "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "3.0.15-1~deb12u1"}]}]}]}
        """;

    [TestMethod]
    // Unreported exploit maturity: 4.1 by FIRST's calculator and Red Hat's cvss library, so Medium, a warning under FailOn High.
    [DataRow("CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:U", 0, "warning CSEC3002", "severity Medium, CVSS 4.1")]
    [DataRow("CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H", 1, "error CSEC3003", "severity High, CVSS 7.3")]
    // A low availability requirement: 7.9 instead of the base 8.7.
    [DataRow("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:H/SC:N/SI:N/SA:N/AR:L", 1, "error CSEC3003", "severity High, CVSS 7.9")]
    // A modified subsequent-system integrity impact turns a vector without impact into a High one.
    [DataRow("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N/MSI:H", 1, "error CSEC3003", "severity High, CVSS 7.7")]
    public void The_vector_is_scored_with_its_threat_and_environmental_metrics(string vector, int exitCode, string level, string severity)
    {
        var dir = OciImageBuilder.TempDirectory();
        var image = CliScan.Image(dir, new TestLayer()
            .File("etc/os-release", "ID=debian\nVERSION_ID=\"12\"\nVERSION_CODENAME=bookworm\n")
            .File("var/lib/dpkg/status", Status));
        var mirror = CliScan.Mirror(dir, ("Debian", Record(vector)));

        var (exit, output) = CliScan.Run(dir, image, mirror);

        Assert.AreEqual(exitCode, exit, output);
        var finding = CliScan.SingleFinding(output, "CVE-2024-9143");
        StringAssert.Contains(finding, $"{level}: libssl3 3.0.13-1~deb12u1");
        StringAssert.Contains(finding, severity);
    }
}
