using ContainerSecurity.Build.Tests.Infrastructure;

namespace ContainerSecurity.Build.Tests;

[TestClass]
public sealed class DockerfileLintTests
{
    private const string Dockerfile = "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nRUN apt-get update && apt-get install -y curl\nUSER app\n";

    [TestMethod]
    public void Dotnet_build_lints_the_Dockerfile_with_clickable_positions_and_skips_when_nothing_changed()
    {
        var project = new TestProject(dockerfile: Dockerfile);

        var first = project.Build("-v:n");

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        var warning = TestProject.Diagnostics(first).Where(d => d.Code == "DL3008").DistinctBy(d => (d.File, d.Line, d.Column)).Single();
        Assert.AreEqual((Path.Combine(project.Directory, "Dockerfile"), 2, 1, "warning"), (warning.File, warning.Line, warning.Column, warning.Level));

        var second = project.Build("-v:d");
        Assert.AreEqual(0, second.ExitCode);
        Assert.IsEmpty(TestProject.Diagnostics(second).Where(d => d.Code == "DL3008").ToList());
        StringAssert.Contains(second.Output, "Skipping target \"ContainerSecurityLintDockerfile\"");

        File.AppendAllText(Path.Combine(project.Directory, "Dockerfile"), "EXPOSE 8080\n");
        var third = project.Build();
        Assert.HasCount(1, TestProject.Diagnostics(third).Where(d => d.Code == "DL3008").ToList());
    }

    [TestMethod]
    public void A_Dockerfile_error_fails_the_build_and_hadolint_yaml_is_honoured()
    {
        var project = new TestProject(dockerfile: "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nUSER app\nFOO bar\n");

        var failed = project.Build();

        Assert.AreNotEqual(0, failed.ExitCode, failed.ToString());
        Assert.AreEqual(3, TestProject.Diagnostics(failed).Single(d => d.Code == "CSEC1000").Line);

        var withConfig = new TestProject(dockerfile: Dockerfile);
        File.WriteAllText(Path.Combine(withConfig.Directory, ".hadolint.yaml"), "override:\n  error:\n    - DL3008\n");
        var overridden = withConfig.Build();
        Assert.AreNotEqual(0, overridden.ExitCode, overridden.ToString());
        Assert.AreEqual("error", TestProject.Diagnostics(overridden).Single(d => d.Code == "DL3008").Level);
    }

    [TestMethod]
    public void NoWarn_works_on_hadolint_codes()
    {
        var project = new TestProject(properties: "    <NoWarn>$(NoWarn);DL3008</NoWarn>", dockerfile: Dockerfile);

        var result = project.Build();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(TestProject.Diagnostics(result).Where(d => d.Code == "DL3008").ToList());
    }

    [TestMethod]
    public void The_publish_gate_reports_Dockerfile_findings_too()
    {
        var project = new TestProject(properties: "    <ContainerUser>app</ContainerUser>", dockerfile: "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nUSER app\nFOO bar\n");

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}", "-p:ContainerSecurityLintOnBuild=false");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual(3, TestProject.Diagnostics(result).Single(d => d.Code == "CSEC1000").Line);
        Assert.IsNull(RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest"));
    }
}
