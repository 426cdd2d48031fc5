using ContainerSecurity.Build.Tests.Infrastructure;
using ContainerSecurity.Images;

namespace ContainerSecurity.Build.Tests;

[TestClass]
public sealed class RegistryGateTests
{
    [TestMethod]
    public void A_root_image_fails_the_publish_and_nothing_reaches_the_registry()
    {
        var project = new TestProject();

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        var error = TestProject.Diagnostics(result).Single(d => d.Code == "CSEC2001");
        Assert.AreEqual("error", error.Level);
        Assert.AreEqual(project.ProjectFile, error.File);
        StringAssert.Contains(error.Message, "<ContainerUser>app</ContainerUser>");
        Assert.IsNull(RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest"), "the image must not be pushed");
        Assert.IsTrue(File.Exists(project.QuarantineArchive()), "the scanned image stays under obj/");
    }

    [TestMethod]
    public void A_passing_image_is_pushed_byte_for_byte_as_scanned_and_the_digest_is_printed()
    {
        var project = new TestProject(properties: "    <ContainerUser>app</ContainerUser>\n    <ContainerImageTags>1.0;latest</ContainerImageTags>");

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        using var scanned = ImageArchive.Open(project.QuarantineArchive());
        var digest = scanned.Images.Single().ManifestDigest!;
        Assert.AreEqual(digest, RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "1.0"));
        Assert.AreEqual(digest, RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest"));
        StringAssert.Contains(result.Output, $"delivered {Services.Registry}/{project.Repository}:1.0 ({digest})");
    }

    [TestMethod]
    public void A_base_image_with_a_non_root_user_passes()
    {
        var project = new TestProject(baseImage: Services.NonRootBase);

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsNotNull(RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest"));
    }

    [TestMethod]
    public void A_docker_format_image_is_pushed_under_the_digest_the_scan_reported()
    {
        var project = new TestProject(properties: "    <ContainerUser>app</ContainerUser>", baseImage: Services.DockerFormatBase);

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        using var scanned = ImageArchive.Open(project.QuarantineArchive());
        Assert.AreEqual(MediaTypes.DockerManifest, scanned.Images.Single().ManifestMediaType);
        Assert.AreEqual(scanned.Images.Single().ManifestDigest, RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest"));
    }
}
