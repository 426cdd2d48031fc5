using ContainerSecurity.Build.Tests.Infrastructure;

namespace ContainerSecurity.Build.Tests;

/// <summary>The task runs the engine host as `$(DOTNET_HOST_PATH) HOST host scan ...`; here a shell script stands in for a broken host.</summary>
[TestClass]
public sealed class HostFailureTests
{
    [TestMethod]
    [DataRow("crash", "echo 'Unhandled exception. System.Boom' >&2; exit 134", "exit code 134")]
    [DataRow("garbage", "printf 'not json {' > \"$4\"; exit 0", "cannot be read")]
    [DataRow("hang", "sleep 60", "did not finish within 3 s")]
    public void A_broken_host_is_a_CSEC9005_error_not_MSB4018(string name, string script, string expected)
    {
        var project = new TestProject();
        var fakeHost = Path.Combine(project.Directory, name + ".sh");
        File.WriteAllText(fakeHost, script + "\n");
        var archive = Path.Combine(project.Directory, "dummy.tar");
        File.WriteAllText(archive, "");

        var result = project.Run("build", "-t:ContainerSecurityScan", "-nologo", "--disable-build-servers",
            $"-p:ContainerSecurityImageArchive={archive}", $"-p:_ContainerSecurityHostAssembly={fakeHost}", "-p:DOTNET_HOST_PATH=/bin/sh",
            "-p:ContainerSecurityTimeoutSeconds=3");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        Assert.DoesNotContain("MSB4018", result.Output);
        var error = TestProject.Diagnostics(result).First(d => d.Code == "CSEC9005");
        StringAssert.Contains(error.Message, expected);
    }

    [TestMethod]
    public void The_scan_target_scans_an_archive_without_publishing()
    {
        var project = new TestProject();
        var archive = Path.Combine(project.Directory, "not-an-image.tar");
        File.WriteAllText(archive, "hello");

        var result = project.Run("build", "-t:ContainerSecurityScan", "-nologo", "--disable-build-servers", $"-p:ContainerSecurityImageArchive={archive}");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("error", TestProject.Diagnostics(result).Single(d => d.Code == "CSEC9001").Level);
    }
}
