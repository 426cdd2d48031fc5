using ContainerSecurity.Reports;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Reports;

[TestClass]
public sealed class ReportSchemaTests
{
    private static ScanResult ScanWithFindingsAndPackages()
    {
        var layer = new TestLayer()
            .File("etc/os-release", "ID=debian\nVERSION_ID=\"12\"\n")
            .File("var/lib/dpkg/status", "Package: curl\nStatus: install ok installed\nArchitecture: amd64\nVersion: 7.88.1-10+deb12u5\n\n")
            .File("app/app.deps.json", """{"runtimeTarget":{"name":".NETCoreApp,Version=v10.0"},"targets":{".NETCoreApp,Version=v10.0":{"app/1.0.0":{},"Newtonsoft.Json/13.0.1":{}}},"libraries":{"app/1.0.0":{"type":"project","serviceable":false,"sha512":""},"Newtonsoft.Json/13.0.1":{"type":"package","serviceable":true,"sha512":"sha512-x"}}}""");
        var builder = new OciImageBuilder();
        builder.AddLayeredImage([layer.Gzip()], user: null);
        var archive = builder.WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar.gz"));
        return Scanner.Scan(new ScanRequest
        {
            Images = [archive],
            Policy = new ContainerSecurity.Policy.PolicySettings { Suppressions = [new ContainerSecurity.Policy.Suppression("CSEC2002", "needed for health checks", null)] },
        });
    }

    [TestMethod]
    public void The_SARIF_report_is_valid_SARIF_2_1_0()
    {
        var result = ScanWithFindingsAndPackages();
        Assert.IsTrue(result.Findings.Any(f => f.SuppressedBy is not null), "the scan must include a suppressed finding");
        OfficialSchemas.AssertValidSarif(SarifReport.Render(result));
    }

    [TestMethod]
    public void The_CycloneDX_report_is_valid_CycloneDX_1_6_and_lists_every_package()
    {
        var result = ScanWithFindingsAndPackages();
        var json = CycloneDxReport.Render(result, DateTimeOffset.UnixEpoch);

        OfficialSchemas.AssertValidCycloneDx(json);
        StringAssert.Contains(json, "pkg:deb/debian/curl@7.88.1-10%2Bdeb12u5");
        StringAssert.Contains(json, "pkg:nuget/Newtonsoft.Json@13.0.1");
        StringAssert.Contains(json, "\"containersecurity:origin\"");
    }

    [TestMethod]
    public void The_validator_rejects_an_invalid_report()
    {
        OfficialSchemas.RequirePresent();
        Assert.ThrowsExactly<AssertFailedException>(() => OfficialSchemas.AssertValidCycloneDx("""{"bomFormat":"CycloneDX","specVersion":"1.6","components":[{"type":"no-such-type","name":"x"}]}"""));
    }
}
