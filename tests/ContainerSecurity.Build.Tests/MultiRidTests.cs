using ContainerSecurity.Build.Tests.Infrastructure;
using ContainerSecurity.Images;

namespace ContainerSecurity.Build.Tests;

[TestClass]
public sealed class MultiRidTests
{
    private const string Rids = "    <RuntimeIdentifiers>linux-x64;linux-arm64</RuntimeIdentifiers>";

    [TestMethod]
    public void Every_image_of_a_multi_RID_publish_is_scanned_and_none_is_pushed_on_error()
    {
        var project = new TestProject(properties: Rids, baseImage: Services.MultiArchBase);

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        var errors = TestProject.Diagnostics(result).Where(d => d.Code == "CSEC2001").Select(d => d.Message).ToList();
        Assert.IsTrue(errors.Any(m => m.Contains("linux/amd64")), string.Join("\n", errors));
        Assert.IsTrue(errors.Any(m => m.Contains("linux/arm64")), string.Join("\n", errors));
        Assert.IsNull(RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest"));
    }

    [TestMethod]
    public void A_passing_multi_RID_publish_pushes_the_scanned_index()
    {
        var project = new TestProject(properties: Rids + "\n    <ContainerUser>app</ContainerUser>", baseImage: Services.MultiArchBase);

        var result = project.Publish($"-p:ContainerRegistry={Services.Registry}");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        using var scanned = ImageArchive.Open(project.QuarantineArchive(rid: ""));
        Assert.HasCount(2, scanned.Images);
        Assert.AreEqual(Digest.Of(scanned.IndexBytes!), RegistryProbe.ManifestDigest(Services.Registry, project.Repository, "latest"));
        foreach (var image in scanned.Images)
        {
            Assert.AreEqual(image.ManifestDigest, RegistryProbe.ManifestDigest(Services.Registry, project.Repository, image.ManifestDigest!));
        }
    }
}
