using ContainerSecurity.Build.Tests.Infrastructure;
using ContainerSecurity.Images;
using Docker.DotNet;

namespace ContainerSecurity.Build.Tests;

[TestClass]
public sealed class DaemonGateTests
{
    [TestMethod]
    public async Task A_failing_image_is_not_loaded_into_the_daemon()
    {
        var project = new TestProject();
        project.Environment["DOCKER_HOST"] = Services.PodmanSocket;

        var result = project.Publish();

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        Assert.IsNull(await ImageId($"{project.Repository}:latest"));
    }

    [TestMethod]
    public async Task A_passing_image_is_loaded_into_the_daemon_as_scanned()
    {
        var project = new TestProject(properties: "    <ContainerUser>app</ContainerUser>");
        project.Environment["DOCKER_HOST"] = Services.PodmanSocket;

        var result = project.Publish();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        using var scanned = ImageArchive.Open(project.QuarantineArchive());
        Assert.AreEqual(scanned.Images.Single().ConfigDescriptor.Digest, await ImageId($"{project.Repository}:latest"));
    }

    [TestMethod]
    public async Task A_docker_save_archive_is_loaded_too()
    {
        var project = new TestProject(properties: "    <ContainerUser>app</ContainerUser>", baseImage: Services.DockerFormatBase);
        project.Environment["DOCKER_HOST"] = Services.PodmanSocket;

        var result = project.Publish();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        using var scanned = ImageArchive.Open(project.QuarantineArchive());
        Assert.AreEqual(scanned.Images.Single().ConfigDescriptor.Digest, await ImageId($"{project.Repository}:latest"));
    }

    [TestMethod]
    public async Task Every_tag_is_loaded()
    {
        var project = new TestProject(properties: "    <ContainerUser>app</ContainerUser>\n    <ContainerImageTags>1.0;latest</ContainerImageTags>");
        project.Environment["DOCKER_HOST"] = Services.PodmanSocket;

        var result = project.Publish();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.IsNotNull(await ImageId($"{project.Repository}:1.0"));
        Assert.AreEqual(await ImageId($"{project.Repository}:1.0"), await ImageId($"{project.Repository}:latest"));
    }

    [TestMethod]
    public void Without_a_socket_the_podman_CLI_loads_the_image_as_the_SDK_would()
    {
        var project = new TestProject(properties: "    <ContainerUser>app</ContainerUser>\n    <LocalRegistry>Podman</LocalRegistry>");
        var storage = Path.Combine(project.Directory, "podman-storage");
        var storageConf = Path.Combine(project.Directory, "storage.conf");
        File.WriteAllText(storageConf, $"[storage]\ndriver = \"vfs\"\nrunroot = \"{storage}/run\"\ngraphroot = \"{storage}/root\"\n");
        project.Environment["CONTAINERS_STORAGE_CONF"] = storageConf;
        project.Environment["DOCKER_HOST"] = null;
        project.Environment["CONTAINER_HOST"] = null;
        project.Environment["XDG_RUNTIME_DIR"] = null;

        var result = project.Publish();

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        using var scanned = ImageArchive.Open(project.QuarantineArchive());
        var images = ProcessRunner.Run("podman", ["images", "--no-trunc", "--format", "{{.ID}} {{.Repository}}:{{.Tag}}"], project.Directory,
            new Dictionary<string, string?> { ["CONTAINERS_STORAGE_CONF"] = storageConf });
        StringAssert.Contains(images.Output, scanned.Images.Single().ConfigDescriptor.Digest["sha256:".Length..]);
        StringAssert.Contains(images.Output, project.Repository + ":latest");
    }

    [TestMethod]
    public void The_scan_target_scans_an_image_in_the_daemon_by_name()
    {
        var loaded = new TestProject();
        loaded.Environment["DOCKER_HOST"] = Services.PodmanSocket;
        Assert.AreEqual(0, loaded.Publish("-p:ContainerSecurityEnabled=false").ExitCode, "loading a root image without the gate");

        var scanner = new TestProject();
        scanner.Environment["DOCKER_HOST"] = Services.PodmanSocket;
        var result = scanner.Run("build", "-t:ContainerSecurityScan", "-nologo", "--disable-build-servers", $"-p:ContainerSecurityImage={loaded.Repository}:latest");

        Assert.AreNotEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual("error", TestProject.Diagnostics(result).Single(d => d.Code == "CSEC2001").Level);

        var missing = scanner.Run("build", "-t:ContainerSecurityScan", "-nologo", "--disable-build-servers", "-p:ContainerSecurityImage=no/such-image:1");
        StringAssert.Contains(TestProject.Diagnostics(missing).Single(d => d.Code == "CSEC9001").Message, "has no image");
    }

    private static async Task<string?> ImageId(string reference)
    {
        using var client = new DockerClientConfiguration(new Uri(Services.PodmanSocket)).CreateClient();
        try
        {
            var image = await client.Images.InspectImageAsync(reference);
            return image.ID.StartsWith("sha256:", StringComparison.Ordinal) ? image.ID : "sha256:" + image.ID;
        }
        catch (DockerImageNotFoundException)
        {
            return null;
        }
    }
}
