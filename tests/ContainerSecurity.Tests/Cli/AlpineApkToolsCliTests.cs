using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Cli;

/// <summary>Alpine 3.23 ships apk-tools 3: a scan judges its packages' versions by apk-tools 3's ordering.</summary>
[TestClass]
public sealed class AlpineApkToolsCliTests
{
    private const string Installed = """
        C:Q1ZQ+jOb1bsdzHxEOImDkCZ2dqjr8=
        P:vim
        V:9.1.0-r0
        A:x86_64
        S:1843200
        I:3244032
        T:Improved vi-style text editor
        U:https://www.vim.org/
        L:Vim
        o:vim
        t:1764000000

        """;

    private const string Record = """
        {"id": "ALPINE-CVE-2024-22667", "modified": "2025-01-10T00:00:00Z", "upstream": ["CVE-2024-22667"],
         "summary": "Vim: stack-based buffer overflow in did_set_langmap",
         "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H"}],
         "affected": [{"package": {"ecosystem": "Alpine:v3.23", "name": "vim"},
                       "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "9.1.0016-r0"}]}]}]}
        """;

    [TestMethod]
    public void On_alpine_3_23_a_zero_component_is_older_than_one_with_leading_zeros()
    {
        var dir = OciImageBuilder.TempDirectory();
        var image = CliScan.Image(dir, new TestLayer()
            .File("etc/os-release", "NAME=\"Alpine Linux\"\nID=alpine\nVERSION_ID=3.23.0\nPRETTY_NAME=\"Alpine Linux v3.23\"\n")
            .File("lib/apk/db/installed", Installed));
        var mirror = CliScan.Mirror(dir, ("Alpine", Record));

        var (exit, output) = CliScan.Run(dir, image, mirror);

        // apk-tools 3 (and so apk on 3.23): 9.1.0-r0 < 9.1.0016-r0; apk-tools 2 ordered it the other way.
        Assert.AreEqual(1, exit, output);
        var finding = CliScan.SingleFinding(output, "CVE-2024-22667");
        StringAssert.Contains(finding, "error CSEC3003: vim 9.1.0-r0");
        StringAssert.Contains(finding, "Fixed in 9.1.0016-r0");
    }
}
