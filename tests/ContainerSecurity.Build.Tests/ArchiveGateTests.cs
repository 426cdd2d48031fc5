using ContainerSecurity.Build.Tests.Infrastructure;

namespace ContainerSecurity.Build.Tests;

[TestClass]
public sealed class ArchiveGateTests
{
    [TestMethod]
    public void A_failing_image_leaves_no_archive_at_the_users_path()
    {
        var project = new TestProject();
        var target = Path.Combine(project.Directory, "out", "app.tar.gz");

        var result = project.Publish($"-p:ContainerArchiveOutputPath={target}");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        Assert.IsFalse(File.Exists(target));
        Assert.IsFalse(Directory.Exists(Path.GetDirectoryName(target)) && Directory.EnumerateFiles(Path.GetDirectoryName(target)!).Any());
    }

    [TestMethod]
    public void A_passing_image_is_the_scanned_bytes_at_the_users_path()
    {
        var project = new TestProject(properties: "    <ContainerUser>1654</ContainerUser>");
        var target = Path.Combine(project.Directory, "out", "app.tar.gz");

        var result = project.Publish($"-p:ContainerArchiveOutputPath={target}");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        CollectionAssert.AreEqual(File.ReadAllBytes(project.QuarantineArchive()), File.ReadAllBytes(target));
    }

    [TestMethod]
    public void An_archive_folder_gets_the_repository_name_as_the_SDK_does()
    {
        var project = new TestProject(properties: "    <ContainerUser>1654</ContainerUser>");
        var folder = Path.Combine(project.Directory, "images") + Path.DirectorySeparatorChar;

        var result = project.Publish($"-p:ContainerArchiveOutputPath={folder}");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsTrue(File.Exists(Path.Combine(folder, "e2e", project.Name + ".tar.gz")), string.Join(", ", Directory.GetFiles(folder, "*", SearchOption.AllDirectories)));
    }
}
