using ContainerSecurity.Images;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Images;

[TestClass]
public sealed class ImageArchiveTests
{
    [TestMethod]
    [DataRow("tar.gz")]
    [DataRow("tar")]
    [DataRow("layout")]
    [DataRow("docker-save")]
    public void Reads_the_user_from_every_archive_format(string format)
    {
        var builder = new OciImageBuilder();
        var manifestDigest = builder.AddImage(user: "1654");
        var dir = OciImageBuilder.TempDirectory();
        var path = format switch
        {
            "tar.gz" => builder.WriteArchive(Path.Combine(dir, "image.tar.gz")),
            "tar" => builder.WriteArchive(Path.Combine(dir, "image.tar"), gzip: false),
            "layout" => builder.WriteLayout(Path.Combine(dir, "layout")),
            _ => builder.WriteDockerSave(Path.Combine(dir, "save.tar")),
        };

        using var archive = ImageArchive.Open(path);

        Assert.HasCount(1, archive.Images);
        Assert.AreEqual("1654", archive.Images[0].Config.User);
        Assert.AreEqual("linux/amd64", archive.Images[0].Platform);
        if (format != "docker-save")
        {
            Assert.AreEqual(manifestDigest, archive.Images[0].ManifestDigest);
        }
    }

    [TestMethod]
    public void Reads_every_platform_of_a_multi_platform_index()
    {
        var builder = new OciImageBuilder();
        builder.AddImage(user: null, arch: "amd64");
        builder.AddImage(user: "app", arch: "arm64");
        var path = builder.WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "multi.tar.gz"));

        using var archive = ImageArchive.Open(path);

        CollectionAssert.AreEquivalent(new[] { "linux/amd64", "linux/arm64" }, archive.Images.Select(i => i.Platform).ToList());
        Assert.IsNotNull(archive.IndexBytes);
    }

    [TestMethod]
    public void A_config_that_does_not_match_its_digest_is_refused()
    {
        var builder = new OciImageBuilder();
        var manifest = builder.AddImage(user: "app");
        var configDigest = System.Text.Json.JsonDocument.Parse(builder.Blob(manifest)).RootElement.GetProperty("config").GetProperty("digest").GetString()!;
        builder.ReplaceBlob(configDigest, "{\"config\":{\"User\":\"app\"},\"os\":\"linux\"}"u8.ToArray());
        var path = builder.WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "tampered.tar.gz"));

        var e = Assert.ThrowsExactly<ImageFormatException>(() => ImageArchive.Open(path));
        StringAssert.Contains(e.Message, "does not match its digest");
    }

    [TestMethod]
    public void A_layer_that_does_not_match_its_digest_fails_while_it_streams()
    {
        var builder = new OciImageBuilder();
        var manifest = builder.AddImage(user: "app");
        var layerDigest = System.Text.Json.JsonDocument.Parse(builder.Blob(manifest)).RootElement.GetProperty("layers")[0].GetProperty("digest").GetString()!;
        var tampered = builder.Blob(layerDigest).ToArray();
        tampered[^1] ^= 0xff;
        builder.ReplaceBlob(layerDigest, tampered);
        var path = builder.WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "tampered-layer.tar.gz"));
        using var archive = ImageArchive.Open(path);

        using var stream = archive.OpenBlob(archive.Images[0].Layers[0]);
        Assert.ThrowsExactly<ImageFormatException>(() => stream.CopyTo(Stream.Null));
    }

    [TestMethod]
    public void A_file_that_is_not_an_archive_is_an_image_format_error()
    {
        var path = Path.Combine(OciImageBuilder.TempDirectory(), "garbage.tar.gz");
        File.WriteAllBytes(path, [0x1f, 0x8b, 1, 2, 3, 4, 5]);

        Assert.ThrowsExactly<ImageFormatException>(() => ImageArchive.Open(path));
    }

    [TestMethod]
    public void A_truncated_archive_is_an_image_format_error()
    {
        var builder = new OciImageBuilder();
        builder.AddImage(user: "app");
        var path = builder.WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "whole.tar"), gzip: false);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 3)]);

        Assert.ThrowsExactly<ImageFormatException>(() => ImageArchive.Open(path));
    }

    [TestMethod]
    public void A_missing_path_is_an_image_format_error()
    {
        var e = Assert.ThrowsExactly<ImageFormatException>(() => ImageArchive.Open("/nonexistent/image.tar.gz"));
        StringAssert.Contains(e.Message, "no image archive");
    }
}
