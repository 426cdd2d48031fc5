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
    public void A_denied_base_image_is_an_error_with_its_justification_at_the_ContainerBaseImage_line_and_nothing_is_pushed()
    {
        var project = new TestProject(properties: "    <ContainerUser>app</ContainerUser>",
            items: "    <ContainerSecurityDeniedImage Include=\"synthetic\" Image=\"localhost:5000/csec/*\" Justification=\"synthetic images are for tests only\" />");

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        var error = TestProject.Diagnostics(result).Single(d => d.Code == "CSEC5010");
        Assert.AreEqual((project.ProjectFile, 5, 5, "error"), (error.File, error.Line, error.Column, error.Level));
        StringAssert.Contains(error.Message, $"Base image {Services.RootBase} is denied by ContainerSecurityDeniedImage 'localhost:5000/csec/*': synthetic images are for tests only.");
        Assert.IsNull(RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest"));
    }

    [TestMethod]
    public void A_denied_FROM_image_is_an_error_at_its_FROM_line_and_other_images_pass()
    {
        var project = new TestProject(
            // MSBuild expands a literal * in an Include against the file system (docker.io/library/* matches no file, so no item): %2A is the escaped *.
            items: "    <ContainerSecurityDeniedImage Include=\"docker.io/library/%2A\" Justification=\"pull through the company mirror\" />",
            dockerfile: "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nUSER app\nFROM debian:12\nUSER app\n");

        var result = project.Build();

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        var error = TestProject.Diagnostics(result).Where(d => d.Code == "CSEC5010").DistinctBy(d => (d.File, d.Line)).Single();
        Assert.AreEqual((Path.Combine(project.Directory, "Dockerfile"), 3, "error"), (error.File, error.Line, error.Level));
        StringAssert.Contains(error.Message, "Base image debian:12 is denied by ContainerSecurityDeniedImage 'docker.io/library/*': pull through the company mirror.");
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
