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

    [TestMethod]
    public void An_untrusted_base_registry_points_at_the_ContainerBaseImage_line()
    {
        var project = new TestProject(properties: "    <ContainerUser>app</ContainerUser>\n    <ContainerSecurityTrustedRegistries>mcr.microsoft.com</ContainerSecurityTrustedRegistries>");

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        var error = TestProject.Diagnostics(result).Single(d => d.Code == "CSEC5001");
        Assert.AreEqual((project.ProjectFile, 5, 5), (error.File, error.Line, error.Column));
        StringAssert.Contains(error.Message, Services.Registry);
        Assert.IsNull(RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest"));
    }

    [TestMethod]
    public void A_secret_in_a_container_environment_variable_is_masked_everywhere()
    {
        const string secret = "Sup3rS3cretValue42";
        var project = new TestProject(properties: "    <ContainerUser>app</ContainerUser>",
            items: $"    <ContainerEnvironmentVariable Include=\"DB_PASSWORD\" Value=\"{secret}\" />");

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        var error = TestProject.Diagnostics(result).Single(d => d.Code == "CSEC4001");
        Assert.AreEqual((project.ProjectFile, 11), (error.File, error.Line));
        Assert.DoesNotContain(secret, result.Output);
        foreach (var report in Directory.GetFiles(Path.Combine(project.Directory, "obj"), "container-security.*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(secret, File.ReadAllText(report), report);
        }
    }
}
