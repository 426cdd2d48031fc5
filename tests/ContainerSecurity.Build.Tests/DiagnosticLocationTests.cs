using ContainerSecurity.Build.Tests.Infrastructure;

namespace ContainerSecurity.Build.Tests;

[TestClass]
public sealed class DiagnosticLocationTests
{
    [TestMethod]
    public void CSEC2001_points_at_the_ContainerUser_line_in_Directory_Build_props()
    {
        var project = new TestProject(directoryBuildProps: "<Project>\n  <PropertyGroup>\n    <ContainerUser>root</ContainerUser>\n  </PropertyGroup>\n</Project>\n");

        var result = project.Publish($"-p:ContainerArchiveOutputPath={Path.Combine(project.Directory, "out", "app.tar.gz")}");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        var error = TestProject.Diagnostics(result).Single(d => d.Code == "CSEC2001");
        Assert.AreEqual(Path.Combine(project.Directory, "Directory.Build.props"), error.File);
        Assert.AreEqual(3, error.Line);
        Assert.AreEqual(5, error.Column);
        StringAssert.Contains(error.Message, "user 'root'");
    }

    [TestMethod]
    public void CSEC2001_points_at_the_ContainerUser_line_in_the_project_file()
    {
        var project = new TestProject(properties: "    <ContainerUser>0</ContainerUser>");

        var result = project.Publish($"-p:ContainerArchiveOutputPath={Path.Combine(project.Directory, "out", "app.tar.gz")}");

        var error = TestProject.Diagnostics(result).Single(d => d.Code == "CSEC2001");
        Assert.AreEqual(project.ProjectFile, error.File);
        Assert.AreEqual(7, error.Line);
    }
}
