using ContainerSecurity.Build.Tests.Infrastructure;

namespace ContainerSecurity.Build.Tests;

[TestClass]
public sealed class MsBuildControlTests
{
    [TestMethod]
    public void NoWarn_silences_a_default_error_and_the_image_is_delivered()
    {
        var project = new TestProject(properties: "    <NoWarn>$(NoWarn);CSEC2001</NoWarn>");

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(TestProject.Diagnostics(result).Where(d => d.Code == "CSEC2001").ToList());
        Assert.IsNotNull(RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest"));
    }

    [TestMethod]
    public void WarningsNotAsErrors_keeps_it_a_warning()
    {
        var project = new TestProject(properties: "    <WarningsNotAsErrors>CSEC2001</WarningsNotAsErrors>");

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("warning", TestProject.Diagnostics(result).Single(d => d.Code == "CSEC2001").Level);
        Assert.IsNotNull(RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest"));
    }

    [TestMethod]
    public void WarningsAsErrors_wins_over_WarningsNotAsErrors_as_in_MSBuild()
    {
        var project = new TestProject(properties: "    <WarningsNotAsErrors>CSEC2001</WarningsNotAsErrors>\n    <WarningsAsErrors>CSEC2001</WarningsAsErrors>");

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        Assert.IsNull(RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest"));
    }

    [TestMethod]
    public void TreatWarningsAsErrors_with_WarningsNotAsErrors_keeps_the_code_a_warning()
    {
        var project = new TestProject(properties: "    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>\n    <WarningsNotAsErrors>CSEC2001</WarningsNotAsErrors>\n    <ContainerSecurityMaxBaseImageAgeDays>0</ContainerSecurityMaxBaseImageAgeDays>");

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("warning", TestProject.Diagnostics(result).Single(d => d.Code == "CSEC2001").Level);
    }

    [TestMethod]
    public void A_suppression_lets_the_image_through_and_an_expired_one_does_not()
    {
        var active = new TestProject(items: "    <ContainerSecuritySuppress Include=\"CSEC2001\" Justification=\"legacy base\" Until=\"2099-01-31\" />");
        var activeResult = active.Publish($"-p:ContainerRegistry={Services.Registry}");
        Assert.AreEqual(0, activeResult.ExitCode, activeResult.ToString());
        Assert.IsNotNull(RegistryProbe.ManifestDigest(Services.Registry, active.Repository, "latest"));

        var expired = new TestProject(items: "    <ContainerSecuritySuppress Include=\"CSEC2001\" Justification=\"legacy base\" Until=\"2020-01-31\" />");
        var expiredResult = expired.Publish($"-p:ContainerRegistry={Services.Registry}");
        Assert.AreNotEqual(0, expiredResult.ExitCode, expiredResult.ToString());
        var diagnostics = TestProject.Diagnostics(expiredResult);
        Assert.AreEqual("error", diagnostics.Single(d => d.Code == "CSEC2001").Level);
        var warning = diagnostics.Single(d => d.Code == "CSEC5002");
        Assert.AreEqual("warning", warning.Level);
        Assert.AreEqual(expired.ProjectFile, warning.File);
        Assert.AreEqual(11, warning.Line);
        Assert.IsNull(RegistryProbe.ManifestDigest(Services.Registry, expired.Repository, "latest"));
    }

    [TestMethod]
    public void An_Until_that_is_not_a_date_is_a_clear_error()
    {
        var project = new TestProject(items: "    <ContainerSecuritySuppress Include=\"CSEC2001\" Until=\"next year\" />");

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreNotEqual(0, result.ExitCode);
        StringAssert.Contains(TestProject.Diagnostics(result).Single(d => d.Code == "CSEC9006").Message, "yyyy-MM-dd");
        Assert.IsNull(RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest"));
    }

    [TestMethod]
    public void ContainerSecurityEnabled_false_publishes_as_without_the_package()
    {
        var project = new TestProject(properties: "    <ContainerSecurityEnabled>false</ContainerSecurityEnabled>");

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsEmpty(TestProject.Diagnostics(result).Where(d => d.Code.StartsWith("CSEC", StringComparison.Ordinal)).ToList());
        Assert.IsFalse(File.Exists(project.QuarantineArchive()));
        Assert.IsNotNull(RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest"));
    }
}
