using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Cli;

/// <summary>
/// A file that lists installed packages but cannot be parsed is never a silent "0 packages": the scan says which file
/// and why (CSEC5012), since the packages it lists were not checked for vulnerabilities.
/// </summary>
[TestClass]
public sealed class UnreadablePackageListCliTests
{
    [TestMethod]
    public void An_unparseable_package_json_is_CSEC5012_naming_the_file()
    {
        var dir = OciImageBuilder.TempDirectory();
        var image = CliScan.Image(dir, new TestLayer()
            .File("etc/os-release", "ID=debian\nVERSION_ID=\"12\"\n")
            .File("app/node_modules/left-pad/package.json", "{ \"name\": \"left-pad\", \"version\": ")
            .File("app/node_modules/lodash/package.json", "{ \"name\": \"lodash\", \"version\": \"4.17.21\" }"));
        var mirror = CliScan.Mirror(dir, ("npm", """{"id":"GHSA-test-0000-0000","modified":"2024-01-01T00:00:00Z","affected":[]}"""));

        var (exit, output) = CliScan.Run(dir, image, mirror);

        Assert.AreEqual(0, exit, output);
        var warnings = output.Split('\n').Where(l => l.Contains(" CSEC5012: ", StringComparison.Ordinal)).ToList();
        Assert.HasCount(1, warnings, output);
        StringAssert.Contains(warnings[0], "warning CSEC5012");
        StringAssert.Contains(warnings[0], "/app/node_modules/left-pad/package.json");
        StringAssert.Contains(warnings[0], "not checked for vulnerabilities");
    }
}
