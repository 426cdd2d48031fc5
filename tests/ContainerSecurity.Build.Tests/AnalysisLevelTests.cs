using ContainerSecurity.Build.Tests.Infrastructure;

namespace ContainerSecurity.Build.Tests;

/// <summary>
/// ContainerSecurityAnalysisLevel through the real dotnet build: CSEC5009 (end-of-life base, new in 0.2) is a warning at
/// the default level, so updating the package cannot fail the build, and an error once the project opts into it.
/// </summary>
[TestClass]
public sealed class AnalysisLevelTests
{
    private const string Debian10 = "PRETTY_NAME=\"Debian GNU/Linux 10 (buster)\"\nID=debian\nVERSION_ID=\"10\"\nVERSION_CODENAME=buster\n";

    [TestMethod]
    public void At_the_default_level_a_new_rule_is_a_warning_and_the_build_passes()
    {
        var (project, archive) = ProjectWithEndOfLifeImage();

        var result = Scan(project, archive);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var warning = TestProject.Diagnostics(result).Single(d => d.Code == "CSEC5009");
        Assert.AreEqual("warning", warning.Level);
        StringAssert.Contains(warning.Message, "Debian 10 (buster) left security support on 2024-06-30");
        StringAssert.Contains(warning.Message, "new in 0.2");
    }

    [TestMethod]
    public void At_latest_the_new_rule_is_an_error_and_the_build_fails()
    {
        var (project, archive) = ProjectWithEndOfLifeImage();

        var result = Scan(project, archive, "-p:ContainerSecurityAnalysisLevel=latest");

        Assert.AreEqual(1, result.ExitCode, result.ToString());
        Assert.AreEqual("error", TestProject.Diagnostics(result).Single(d => d.Code == "CSEC5009").Level);
    }

    [TestMethod]
    public void An_invalid_level_is_CSEC9006()
    {
        var (project, archive) = ProjectWithEndOfLifeImage();

        var result = Scan(project, archive, "-p:ContainerSecurityAnalysisLevel=newest");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(TestProject.Diagnostics(result).Single(d => d.Code == "CSEC9006").Message, "ContainerSecurityAnalysisLevel");
    }

    private static (TestProject Project, string Archive) ProjectWithEndOfLifeImage()
    {
        // A base image name that needs no registry: the scan reads the archive, never pulls.
        var project = new TestProject(baseImage: "mcr.microsoft.com/dotnet/runtime:10.0");
        return (project, OsReleaseImage.Write(Path.Combine(project.Directory, "debian10.tar"), Debian10));
    }

    private static ProcessResult Scan(TestProject project, string archive, params string[] arguments) =>
        project.Run(["build", "-t:ContainerSecurityScan", "-nologo", "--disable-build-servers", $"-p:ContainerSecurityImageArchive={archive}", .. arguments]);
}
