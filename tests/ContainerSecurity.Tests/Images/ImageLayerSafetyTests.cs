using System.Formats.Tar;
using System.Text;
using ContainerSecurity.Images;
using ContainerSecurity.Images.Layers;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Images;

[TestClass]
public sealed class ImageLayerSafetyTests
{
    [TestMethod]
    [DataRow("../evil")]
    [DataRow("/../evil")]
    [DataRow("a/../../evil")]
    [DataRow("./../evil")]
    [DataRow("/etc/../evil")]
    public void An_entry_name_leading_outside_the_root_is_refused(string name)
    {
        var layers = new[] { new TestLayer().File("ok", "fine").Gzip(), new TestLayer().File(name, "x").Gzip() };

        var e = Assert.ThrowsExactly<ImageFormatException>(() => LayeredImage.Read(layers));
        StringAssert.Contains(e.Message, $"'{name}'");
        StringAssert.Contains(e.Message, "Layer 1");
    }

    [TestMethod]
    public void A_relative_name_with_dot_dot_that_stays_inside_is_accepted()
    {
        var fs = LayeredImage.Read([new TestLayer().File("a/../b", "b").Gzip()]);

        Assert.IsNotNull(fs.Find("/b"));
    }

    [TestMethod]
    public void A_gzip_bomb_is_stopped_with_the_default_limits()
    {
        var bomb = TestLayer.GzipBomb(3L * 1024 * 1024 * 1024);

        var e = Assert.ThrowsExactly<ImageFormatException>(() => LayeredImage.Read([bomb], FileInterest.None));
        StringAssert.Contains(e.Message, "decompression bomb");
    }

    [TestMethod]
    public void A_gzip_bomb_is_stopped_at_the_ratio_limit_given()
    {
        var limits = new ImageReadLimits { RatioCheckAfterBytes = 1024 * 1024, MaxCompressionRatio = 100 };

        var e = Assert.ThrowsExactly<ImageFormatException>(() => LayeredImage.Read([TestLayer.GzipBomb(64L * 1024 * 1024)], limits: limits));
        StringAssert.Contains(e.Message, "Layer 0");
        Assert.HasCount(1, LayeredImage.Read([TestLayer.GzipBomb(64L * 1024 * 1024)], FileInterest.None).Files, "the same layer is fine under the default limits");
    }

    [TestMethod]
    public void A_layer_larger_than_the_limit_is_refused_even_uncompressed()
    {
        var layer = new TestLayer().File("big", new byte[100_000]).Plain();

        var e = Assert.ThrowsExactly<ImageFormatException>(() => LayeredImage.Read([layer], limits: new ImageReadLimits { MaxLayerBytes = 50_000 }));
        StringAssert.Contains(e.Message, "50000");
    }

    [TestMethod]
    [DataRow("gzip")]
    [DataRow("zstd")]
    [DataRow("plain")]
    public void A_truncated_layer_is_an_image_format_error(string compression)
    {
        var layer = new TestLayer().File("a.bin", Enumerable.Range(0, 300_000).Select(i => (byte)(i * 31 % 251)).ToArray()).File("b", "b");
        var whole = compression switch { "gzip" => layer.Gzip(), "zstd" => layer.Zstd(), _ => layer.Plain() };
        // Registered under the digest of the truncated bytes: the blob is intact, the layer inside it is not.
        var truncated = whole with { Bytes = whole.Bytes[..(whole.Bytes.Length / 2)] };

        Assert.ThrowsExactly<ImageFormatException>(() => LayeredImage.Read([truncated]));
    }

    [TestMethod]
    public void A_tar_without_its_end_marker_is_a_truncated_layer()
    {
        var tar = new TestLayer().File("a", "a").Tar();
        var layer = new LayerBlob(tar[..^1024], TestLayer.TarMediaType, Digest.Of(tar));

        Assert.ThrowsExactly<ImageFormatException>(() => LayeredImage.Read([layer]));
    }

    [TestMethod]
    [DataRow("gzip")]
    [DataRow("zstd")]
    public void Corrupt_compressed_data_is_an_image_format_error(string compression)
    {
        var layer = new TestLayer().File("a.bin", Enumerable.Range(0, 300_000).Select(i => (byte)(i * 31 % 251)).ToArray());
        var blob = compression == "gzip" ? layer.Gzip() : layer.Zstd();
        var corrupt = blob.Bytes.ToArray();
        for (var i = 20; i < corrupt.Length - 20; i += 97)
        {
            corrupt[i] ^= 0x5a;
        }

        Assert.ThrowsExactly<ImageFormatException>(() => LayeredImage.Read([blob with { Bytes = corrupt }]));
    }

    [TestMethod]
    public void A_zstd_layer_that_decompresses_to_other_bytes_than_its_diff_id_is_an_image_format_error()
    {
        var layer = new TestLayer().File("app/appsettings.json", "{}").Zstd();
        var other = new TestLayer().File("app/appsettings.json", "{\"x\": 1}").Zstd();

        var e = Assert.ThrowsExactly<ImageFormatException>(() => LayeredImage.Read([layer with { DiffId = other.DiffId }]));
        StringAssert.Contains(e.Message, "does not decompress to what the image configuration says");
    }

    [TestMethod]
    public void Bytes_that_are_no_tar_at_all_are_an_image_format_error()
    {
        var garbage = Enumerable.Range(0, 4096).Select(i => (byte)(i * 13 + 1)).ToArray();

        Assert.ThrowsExactly<ImageFormatException>(() => LayeredImage.Read([new LayerBlob(garbage, TestLayer.TarMediaType, Digest.Of(garbage))]));
    }

    [TestMethod]
    public void A_layer_that_does_not_match_its_digest_is_refused()
    {
        var builder = new OciImageBuilder();
        var layer = new TestLayer().File("etc/passwd", "root:x:0:0:root:/root:/bin/bash\n").Plain();
        builder.AddLayeredImage([layer]);
        var tampered = layer.Bytes.ToArray();
        tampered[Encoding.ASCII.GetString(tampered).IndexOf("/bin/bash", StringComparison.Ordinal)] = (byte)'X';
        builder.ReplaceBlob(Digest.Of(layer.Bytes), tampered);
        var path = builder.WriteLayout(Path.Combine(OciImageBuilder.TempDirectory(), "layout"));

        var e = Assert.ThrowsExactly<ImageFormatException>(() => LayeredImage.Read(path));
        StringAssert.Contains(e.Message, "digest");
    }

    [TestMethod]
    public void Bytes_after_the_end_of_the_tar_are_covered_by_the_digest_too()
    {
        var builder = new OciImageBuilder();
        var tar = new TestLayer().File("a", "a").Tar();
        var layer = new LayerBlob([.. tar, .. new byte[512 * 1024]], TestLayer.TarMediaType, Digest.Of(tar));
        builder.AddLayeredImage([layer]);
        var tampered = layer.Bytes.ToArray();
        tampered[^1] = 1;
        builder.ReplaceBlob(Digest.Of(layer.Bytes), tampered);

        var e = Assert.ThrowsExactly<ImageFormatException>(() => LayeredImage.Read(builder.WriteLayout(Path.Combine(OciImageBuilder.TempDirectory(), "layout"))));
        StringAssert.Contains(e.Message, "digest");
    }

    [TestMethod]
    public void Entries_per_layer_are_bounded()
    {
        var layer = new TestLayer();
        for (var i = 0; i < 11; i++)
        {
            layer.File($"f{i}", "");
        }

        var e = Assert.ThrowsExactly<ImageFormatException>(() => LayeredImage.Read([layer.Gzip()], limits: new ImageReadLimits { MaxEntriesPerLayer = 10 }));
        StringAssert.Contains(e.Message, "more than 10 entries");
    }

    [TestMethod]
    public void Files_and_layers_of_the_image_are_bounded()
    {
        var layers = new[] { new TestLayer().File("a", "").File("b", "").Gzip(), new TestLayer().File("c", "").Gzip() };

        Assert.ThrowsExactly<ImageFormatException>(() => LayeredImage.Read(layers, limits: new ImageReadLimits { MaxFiles = 2 }));
        Assert.ThrowsExactly<ImageFormatException>(() => LayeredImage.Read(layers, limits: new ImageReadLimits { MaxLayers = 1 }));
        Assert.HasCount(3, LayeredImage.Read(layers, limits: new ImageReadLimits { MaxFiles = 3, MaxLayers = 2 }).Files);
    }

    [TestMethod]
    [DataRow(TarEntryFormat.Pax)]
    [DataRow(TarEntryFormat.Gnu)]
    public void Names_and_link_targets_longer_than_the_limit_are_refused(TarEntryFormat format)
    {
        var longName = string.Concat(Enumerable.Repeat("d/", 2100)) + "file";

        Assert.ThrowsExactly<ImageFormatException>(() => LayeredImage.Read([new TestLayer(format).File(longName, "x").Gzip()]));
        Assert.ThrowsExactly<ImageFormatException>(() => LayeredImage.Read([new TestLayer(format).Symlink("link", longName).Gzip()]));
        Assert.HasCount(1, LayeredImage.Read([new TestLayer(format).File(longName, "x").Gzip()], limits: new ImageReadLimits { MaxPathLength = 5000 }).Files);
    }

    [TestMethod]
    public void A_pax_header_larger_than_the_limit_is_refused_before_it_is_read()
    {
        var entry = new PaxTarEntry(TarEntryType.RegularFile, "a", new Dictionary<string, string> { ["comment"] = new string('x', 2 * 1024 * 1024) });

        var e = Assert.ThrowsExactly<ImageFormatException>(() => LayeredImage.Read([new TestLayer().Add(entry).Gzip()]));
        StringAssert.Contains(e.Message, "PAX extended header");
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void The_header_guard_follows_a_pax_size_that_overrides_the_header_size(bool thenHugeHeader)
    {
        // "hello" whose ustar header says 0 bytes and whose PAX record says 5: the tar reader reads 5. TarWriter never
        // writes a size record for so small a file, so the PAX header's data is written here.
        var written = new TestLayer().Add(new PaxTarEntry(TarEntryType.RegularFile, "hello.txt")).Tar();
        var records = "10 size=5\n"u8.ToArray();
        var paxHeader = written[..512];
        Encoding.ASCII.GetBytes(Convert.ToString(records.Length, 8).PadLeft(11, '0') + "\0").CopyTo(paxHeader, 124);
        var tar = new List<byte>();
        tar.AddRange(TestLayer.WithChecksum(paxHeader));
        tar.AddRange(records.Concat(new byte[512 - records.Length]));
        tar.AddRange(written[1024..1536]);
        tar.AddRange("hello"u8.ToArray().Concat(new byte[507]));
        var rest = thenHugeHeader
            ? new TestLayer().Add(new PaxTarEntry(TarEntryType.RegularFile, "b", new Dictionary<string, string> { ["comment"] = new string('x', 2 * 1024 * 1024) })).Tar()
            : new TestLayer().File("b", "b").Tar();
        tar.AddRange(rest);
        var blob = tar.ToArray();
        var layer = new LayerBlob(blob, TestLayer.TarMediaType, Digest.Of(blob));

        if (thenHugeHeader)
        {
            Assert.ThrowsExactly<ImageFormatException>(() => LayeredImage.Read([layer]));
        }
        else
        {
            var fs = LayeredImage.Read([layer]);
            Assert.AreEqual("hello", Encoding.ASCII.GetString(fs.ReadContent("/hello.txt")!));
            Assert.IsNotNull(fs.Find("/b"));
        }
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void The_header_guard_reads_base_256_sizes_as_the_tar_reader_does(bool thenHugeLongName)
    {
        var tar = new TestLayer(TarEntryFormat.Gnu).File("hello.txt", "hello").Tar();
        var header = tar[..512];
        var size = new byte[12];
        size[0] = 0x80;
        size[^1] = 5;
        size.CopyTo(header, 124);
        TestLayer.WithChecksum(header).CopyTo(tar, 0);
        var rest = new TestLayer(TarEntryFormat.Gnu).File(thenHugeLongName ? new string('n', 2 * 1024 * 1024) : "b", "b").Tar();
        byte[] blob = [.. tar[..^1024], .. rest];
        var layer = new LayerBlob(blob, TestLayer.TarMediaType, Digest.Of(blob));
        var limits = new ImageReadLimits { MaxPathLength = 4 * 1024 * 1024 };

        if (thenHugeLongName)
        {
            var e = Assert.ThrowsExactly<ImageFormatException>(() => LayeredImage.Read([layer], limits: limits));
            StringAssert.Contains(e.Message, "GNU long name");
        }
        else
        {
            var fs = LayeredImage.Read([layer], limits: limits);
            Assert.AreEqual("hello", Encoding.ASCII.GetString(fs.ReadContent("/hello.txt")!));
            Assert.IsNotNull(fs.Find("/b"));
        }
    }

    [TestMethod]
    public void Reading_writes_nothing_anywhere()
    {
        var probe = "csec-probe-" + Guid.NewGuid().ToString("N");
        var path = LayeredImage.Write([
            new TestLayer()
                .File($"tmp/{probe}", "x").File($"../{probe}-up", "x").Gzip(),
        ]);
        var safe = LayeredImage.Write([
            new TestLayer()
                .File($"tmp/{probe}", "x").Symlink("escape", "/tmp").File($"escape/{probe}-via-link", "x")
                .Symlink("up", "../../../../tmp").HardLink($"up/{probe}-hard", $"tmp/{probe}").Directory($"var/{probe}")
                .Gzip(),
        ]);
        var folders = new[] { Path.GetDirectoryName(path)!, Path.GetDirectoryName(safe)! };
        var before = folders.SelectMany(f => Directory.GetFileSystemEntries(f, "*", SearchOption.AllDirectories)).Order().ToList();

        Assert.ThrowsExactly<ImageFormatException>(() => LayeredImage.Read(path));
        var fs = LayeredImage.Read(safe);

        Assert.HasCount(6, fs.Files);
        CollectionAssert.AreEqual(before, folders.SelectMany(f => Directory.GetFileSystemEntries(f, "*", SearchOption.AllDirectories)).Order().ToList());
        foreach (var root in new[] { "/", Path.GetTempPath(), Environment.CurrentDirectory, Path.GetDirectoryName(Path.GetDirectoryName(safe))! })
        {
            Assert.IsEmpty(Directory.GetFileSystemEntries(root, $"*{probe}*", SearchOption.TopDirectoryOnly), root);
            Assert.IsFalse(Directory.Exists(Path.Combine(root, "tmp")) && Directory.GetFileSystemEntries(Path.Combine(root, "tmp"), $"*{probe}*").Length > 0, root);
        }
    }

    [TestMethod]
    public void A_cancelled_read_stops()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsExactly<OperationCanceledException>(() => LayeredImage.Read([new TestLayer().File("a", "a").Gzip()], ct: cancelled.Token));
    }
}
