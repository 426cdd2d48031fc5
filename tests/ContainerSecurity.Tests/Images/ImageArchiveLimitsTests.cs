using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;
using ContainerSecurity.Images;
using ContainerSecurity.Images.Layers;
using ContainerSecurity.Tests.Fixtures;
using ContainerSecurity.Tests.Hostile;

namespace ContainerSecurity.Tests.Images;

/// <summary>The archive-level limits of <see cref="ImageReadLimits"/>: each refuses with a message naming what was too big.</summary>
[TestClass]
public sealed class ImageArchiveLimitsTests
{
    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void A_pax_header_in_the_archive_itself_is_bounded_by_MaxHeaderBytes(bool gzip)
    {
        using var output = new MemoryStream();
        using (var writer = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true))
        {
            writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "note", new Dictionary<string, string> { ["comment"] = new string('x', 2 * 1024 * 1024 - 20) }));
            foreach (var (name, content) in OneImage().LayoutFiles())
            {
                writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content) });
            }
        }
        var hostile = output.ToArray();
        var path = Path.Combine(OciImageBuilder.TempDirectory(), gzip ? "image.tar.gz" : "image.tar");
        File.WriteAllBytes(path, gzip ? OciImageBuilder.Gzip(hostile) : hostile);

        var e = Assert.ThrowsExactly<ImageFormatException>(() => ImageArchive.Open(path));
        StringAssert.Contains(e.Message, "bytes, more than the 1048576 allowed");
        using var allowed = ImageArchive.Open(path, new ImageReadLimits { MaxHeaderBytes = 4 * 1024 * 1024 });
        Assert.IsNotEmpty(allowed.Images);
    }

    [TestMethod]
    public void A_gzip_bomb_as_the_archive_itself_stops_at_the_expansion_limits()
    {
        var path = Path.Combine(OciImageBuilder.TempDirectory(), "image.tar.gz");
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.SmallestSize))
        {
            gz.Write(HostileArchives.Header("big", '0', 64L * 1024 * 1024));
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++)
            {
                gz.Write(zeros);
            }
        }

        var e = Assert.ThrowsExactly<ImageFormatException>(() => ImageArchive.Open(path, new ImageReadLimits { MaxArchiveBytes = 16 * 1024 * 1024 }));
        StringAssert.Contains(e.Message, "expands to more than 16777216 bytes");
        var ratio = Assert.ThrowsExactly<ImageFormatException>(() => ImageArchive.Open(path, new ImageReadLimits { RatioCheckAfterBytes = 1024 * 1024 }));
        StringAssert.Contains(ratio.Message, "decompression bomb");
    }

    [TestMethod]
    public void Archive_entries_are_bounded()
    {
        var path = OneImage().WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar"));

        var e = Assert.ThrowsExactly<ImageFormatException>(() => ImageArchive.Open(path, new ImageReadLimits { MaxArchiveEntries = 2 }));
        StringAssert.Contains(e.Message, "more than 2 entries");
    }

    [TestMethod]
    public void An_index_listing_more_descriptors_than_allowed_is_refused_before_they_are_read()
    {
        var path = HostileArchives.MultiplyingIndexes(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar"), 50, 1, refNames: false);

        var e = Assert.ThrowsExactly<ImageFormatException>(() => ImageArchive.Open(path, new ImageReadLimits { MaxDescriptors = 20 }));
        StringAssert.Contains(e.Message, "lists 50 descriptors, more than the 20 allowed");
    }

    [TestMethod]
    public void One_image_reached_along_many_paths_is_read_once_and_keeps_every_tag_once()
    {
        var path = HostileArchives.MultiplyingIndexes(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar"), 3, 3, refNames: true);

        using var archive = ImageArchive.Open(path);

        Assert.HasCount(1, archive.Images);
        // Three levels of three ref.names, each a distinct tag, each listed once however many paths lead through it.
        Assert.HasCount(9, archive.Images[0].Tags);
    }

    [TestMethod]
    public void Index_nesting_is_bounded_by_MaxIndexDepth()
    {
        var path = HostileArchives.MultiplyingIndexes(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar"), 1, 3, refNames: false);

        var e = Assert.ThrowsExactly<ImageFormatException>(() => ImageArchive.Open(path, new ImageReadLimits { MaxIndexDepth = 2 }));
        StringAssert.Contains(e.Message, "nested more than 2 deep");
        using var archive = ImageArchive.Open(path, new ImageReadLimits { MaxIndexDepth = 3 });
        Assert.HasCount(1, archive.Images);
    }

    [TestMethod]
    public void Distinct_nested_indexes_are_bounded_by_MaxIndexes()
    {
        var path = HostileArchives.MultiplyingIndexes(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar"), 1, 3, refNames: false);

        var e = Assert.ThrowsExactly<ImageFormatException>(() => ImageArchive.Open(path, new ImageReadLimits { MaxIndexes = 2 }));
        StringAssert.Contains(e.Message, "more than 2 distinct image indexes");
        using var archive = ImageArchive.Open(path, new ImageReadLimits { MaxIndexes = 3 });
        Assert.HasCount(1, archive.Images);
    }

    [TestMethod]
    public void Json_documents_are_bounded_by_MaxJsonBytes()
    {
        var path = OneImage().WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar.gz"));

        var e = Assert.ThrowsExactly<ImageFormatException>(() => ImageArchive.Open(path, new ImageReadLimits { MaxJsonBytes = 64 }));
        StringAssert.Contains(e.Message, "more than the 64 allowed");
    }

    [TestMethod]
    public void A_manifest_with_more_layers_than_MaxLayers_is_refused_when_it_is_read()
    {
        var builder = new OciImageBuilder();
        builder.AddLayeredImage([new TestLayer().File("a", "a").Gzip(), new TestLayer().File("b", "b").Gzip(), new TestLayer().File("c", "c").Gzip()]);
        var path = builder.WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar.gz"));

        var e = Assert.ThrowsExactly<ImageFormatException>(() => ImageArchive.Open(path, new ImageReadLimits { MaxLayers = 2 }));
        StringAssert.Contains(e.Message, "lists 3 layers, more than the 2 allowed");
    }

    [TestMethod]
    public void A_docker_save_manifest_listing_more_images_than_MaxImages_is_refused()
    {
        var builder = new OciImageBuilder();
        builder.AddImage(user: "app");
        builder.AddImage(user: "app", arch: "arm64");
        var path = builder.WriteDockerSave(Path.Combine(OciImageBuilder.TempDirectory(), "save.tar"));

        var e = Assert.ThrowsExactly<ImageFormatException>(() => ImageArchive.Open(path, new ImageReadLimits { MaxImages = 1 }));
        StringAssert.Contains(e.Message, "lists 2 images, more than the 1 allowed");
    }

    [TestMethod]
    public void Null_annotations_on_a_descriptor_are_no_annotations()
    {
        var builder = new OciImageBuilder();
        var manifest = builder.AddImage(user: "app");
        var files = builder.LayoutFiles();
        files["index.json"] = JsonSerializer.SerializeToUtf8Bytes(new
        {
            schemaVersion = 2,
            manifests = new[] { new { mediaType = MediaTypes.OciManifest, digest = manifest, size = builder.Blob(manifest).Length, annotations = (object?)null } },
        });
        var path = Path.Combine(OciImageBuilder.TempDirectory(), "image.tar");
        File.WriteAllBytes(path, OciImageBuilder.TarOf(files));

        using var archive = ImageArchive.Open(path);

        Assert.HasCount(1, archive.Images);
        Assert.IsEmpty(archive.Images[0].Tags);
    }

    private static OciImageBuilder OneImage()
    {
        var builder = new OciImageBuilder();
        builder.AddImage(user: "app");
        return builder;
    }
}
