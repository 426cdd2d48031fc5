using System.Formats.Tar;
using System.Text;
using ContainerSecurity.Images;
using ContainerSecurity.Images.Layers;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Images;

[TestClass]
public sealed class ImageFileSystemTests
{
    [TestMethod]
    public void A_whiteout_deletes_the_file_and_everything_below_it()
    {
        var fs = LayeredImage.Read([
            new TestLayer()
                .File("etc/keep", "k").File("etc/gone", "g")
                .File("var/cache/apt/pkg.bin", "p").File("var/cache/x", "x")
                .Directory("srv/data").File("srv/data/db", "d").File("srv/other", "o")
                .Gzip(),
            new TestLayer().Whiteout("etc/gone").Whiteout("var/cache").Whiteout("srv/data").Gzip(),
        ]);

        Assert.IsNull(fs.Find("/etc/gone"));
        Assert.IsNull(fs.Find("/var/cache/x"), "a whiteout of a directory only implied by deeper paths hides them too");
        Assert.IsNull(fs.Find("/var/cache/apt/pkg.bin"));
        Assert.IsNull(fs.Find("/srv/data"));
        Assert.IsNull(fs.Find("/srv/data/db"));
        Assert.IsNotNull(fs.Find("/etc/keep"));
        Assert.IsNotNull(fs.Find("/srv/other"));
        Assert.IsFalse(fs.Files.Any(f => f.Path.Contains(".wh.", StringComparison.Ordinal)), "whiteout markers are not files");
    }

    [TestMethod]
    public void An_opaque_directory_hides_lower_children_but_keeps_its_own_layer_ones()
    {
        var fs = LayeredImage.Read([
            new TestLayer().Directory("app").File("app/old.dll", "old").File("app/sub/deep.txt", "deep").File("apple", "a").Gzip(),
            // The layer's own file comes before the marker in the tar: order within a layer does not matter.
            new TestLayer().Directory("app", mode: "750").File("app/new.dll", "new").Opaque("app").File("app/later.dll", "later").Gzip(),
        ]);

        Assert.IsNull(fs.Find("/app/old.dll"));
        Assert.IsNull(fs.Find("/app/sub/deep.txt"));
        Assert.AreEqual("new", Text(fs.ReadContent("/app/new.dll")));
        Assert.AreEqual("later", Text(fs.ReadContent("/app/later.dll")));
        Assert.AreEqual(TestLayer.Octal("750"), fs.Find("/app")!.Mode);
        Assert.IsNotNull(fs.Find("/apple"), "a sibling that shares the prefix is not below the directory");
    }

    [TestMethod]
    public void An_opaque_root_hides_every_lower_path()
    {
        var fs = LayeredImage.Read([
            new TestLayer().File("etc/passwd", "root").File("bin/sh", "sh").Gzip(),
            new TestLayer().Opaque(".").File("app/main", "main").Gzip(),
        ]);

        CollectionAssert.AreEqual(new[] { "/app/main" }, fs.Files.Select(f => f.Path).ToList());
    }

    [TestMethod]
    public void A_whiteout_hides_lower_layers_only_not_the_same_layer_entry()
    {
        var fs = LayeredImage.Read([
            new TestLayer().File("etc/motd", "old").Gzip(),
            new TestLayer().File("etc/motd", "new").Whiteout("etc/motd").Gzip(),
        ]);

        Assert.AreEqual("new", Text(fs.ReadContent("/etc/motd")));
    }

    [TestMethod]
    public void A_later_layer_overrides_content_mode_and_owner()
    {
        var fs = LayeredImage.Read([
            new TestLayer().File("usr/bin/tool", "v1", mode: "755").Gzip(),
            new TestLayer().File("usr/bin/tool", "v2", mode: "4755", uid: 1000, gid: 1001).Gzip(),
        ]);

        var tool = fs.Find("/usr/bin/tool")!;
        Assert.AreEqual("v2", Text(fs.ReadContent("/usr/bin/tool")));
        Assert.AreEqual(TestLayer.Octal("4755"), tool.Mode);
        Assert.AreEqual(1000, tool.Uid);
        Assert.AreEqual(1001, tool.Gid);
        Assert.AreEqual(1, tool.LayerIndex);
        Assert.AreEqual(fs.Layers[1].Digest, tool.LayerDigest);
        Assert.AreEqual(2L, tool.Size);
    }

    [TestMethod]
    public void A_file_replacing_a_directory_hides_what_was_below_it()
    {
        var fs = LayeredImage.Read([
            new TestLayer().Directory("opt/tool").File("opt/tool/bin", "b").Gzip(),
            new TestLayer().File("opt/tool", "now a file").Gzip(),
        ]);

        Assert.AreEqual(FileKind.File, fs.Find("/opt/tool")!.Kind);
        Assert.IsNull(fs.Find("/opt/tool/bin"));
    }

    [TestMethod]
    public void Special_mode_bits_kinds_and_owners_are_kept()
    {
        var fs = LayeredImage.Read([
            new TestLayer()
                .File("usr/bin/su", "su", mode: "4755").File("usr/bin/wall", "w", mode: "2755", gid: 5)
                .Directory("tmp", mode: "1777").Symlink("bin", "usr/bin").Fifo("run/initctl")
                .Gzip(),
        ]);

        Assert.AreEqual(TestLayer.Octal("4755"), fs.Find("/usr/bin/su")!.Mode);
        Assert.AreEqual(TestLayer.Octal("2755"), fs.Find("/usr/bin/wall")!.Mode);
        Assert.AreEqual(5, fs.Find("/usr/bin/wall")!.Gid);
        Assert.AreEqual(TestLayer.Octal("1777"), fs.Find("/tmp")!.Mode);
        Assert.AreEqual(FileKind.Directory, fs.Find("/tmp")!.Kind);
        Assert.AreEqual(FileKind.Symlink, fs.Find("/bin")!.Kind);
        Assert.AreEqual("usr/bin", fs.Find("/bin")!.LinkTarget);
        Assert.AreEqual(FileKind.Other, fs.Find("/run/initctl")!.Kind);
    }

    [TestMethod]
    [DataRow("gzip")]
    [DataRow("zstd")]
    [DataRow("plain")]
    [DataRow("plain claimed as gzip")]
    [DataRow("zstd claimed as plain")]
    public void Reads_each_compression_by_its_bytes_whatever_the_media_type_says(string kind)
    {
        var layer = new TestLayer().File("etc/os-release", "ID=debian\n");
        var blob = kind switch
        {
            "gzip" => layer.Gzip(),
            "zstd" => layer.Zstd(),
            "plain" => layer.Plain(),
            "plain claimed as gzip" => layer.Plain() with { MediaType = TestLayer.GzipMediaType },
            _ => layer.Zstd() with { MediaType = TestLayer.TarMediaType },
        };

        var fs = LayeredImage.Read([blob]);

        Assert.AreEqual("ID=debian\n", Text(fs.ReadContent("/etc/os-release")));
    }

    [TestMethod]
    [DataRow("tar.gz")]
    [DataRow("tar")]
    [DataRow("docker-save")]
    public void Reads_layers_from_every_archive_format(string format)
    {
        var builder = new OciImageBuilder();
        builder.AddLayeredImage([
            new TestLayer().File("etc/os-release", "ID=debian\n").File("big.bin", new byte[5 * 1024 * 1024]).Gzip(),
            new TestLayer().File("app/App.dll", "MZ").Gzip(),
        ]);
        var dir = OciImageBuilder.TempDirectory();
        var path = format switch
        {
            "tar.gz" => builder.WriteArchive(Path.Combine(dir, "image.tar.gz")),
            "tar" => builder.WriteArchive(Path.Combine(dir, "image.tar"), gzip: false),
            _ => builder.WriteDockerSave(Path.Combine(dir, "save.tar")),
        };

        var fs = LayeredImage.Read(path);

        Assert.AreEqual("MZ", Text(fs.ReadContent("/app/App.dll")));
        Assert.AreEqual(5L * 1024 * 1024, fs.Find("/big.bin")!.Size);
        Assert.HasCount(2, fs.Layers);
    }

    [TestMethod]
    [DataRow(TarEntryFormat.V7)]
    [DataRow(TarEntryFormat.Ustar)]
    [DataRow(TarEntryFormat.Pax)]
    [DataRow(TarEntryFormat.Gnu)]
    public void Every_tar_format_reads_back_every_size_exactly(TarEntryFormat format)
    {
        var sizes = new[] { 0, 1, 511, 512, 513, 1024, 70_000 };
        var layer = new TestLayer(format);
        foreach (var size in sizes)
        {
            layer.File($"data/{size}.bin", Enumerable.Range(0, size).Select(i => (byte)(i * 7 + size)).ToArray());
        }
        // Longer than the 100 bytes a header's name field holds: a prefix (ustar), a PAX record or a GNU long name.
        var longName = (format == TarEntryFormat.V7 ? "" : string.Concat(Enumerable.Repeat("directory/", 14))) + "long.txt";
        layer.File(longName, "long");

        var fs = LayeredImage.Read([layer.Gzip()]);

        foreach (var size in sizes)
        {
            CollectionAssert.AreEqual(Enumerable.Range(0, size).Select(i => (byte)(i * 7 + size)).ToArray(), fs.ReadContent($"/data/{size}.bin"), $"{size} bytes");
        }
        Assert.AreEqual("long", Text(fs.ReadContent("/" + longName)));
    }

    [TestMethod]
    public void Layers_report_their_sizes_and_how_many_paths_they_wrote()
    {
        var first = new TestLayer().File("a", "1").File("b", "2").Directory("c").Gzip();
        var second = new TestLayer().File("a", "3").Whiteout("b").Plain();

        var fs = LayeredImage.Read([first, second]);

        Assert.HasCount(2, fs.Layers);
        Assert.AreEqual(first.Bytes.Length, fs.Layers[0].CompressedSize);
        Assert.AreEqual(OciImageBuilder.Gunzip(first.Bytes).Length, fs.Layers[0].UncompressedSize);
        Assert.AreEqual(3, fs.Layers[0].FileCount);
        Assert.AreEqual(second.Bytes.Length, fs.Layers[1].UncompressedSize);
        Assert.AreEqual(1, fs.Layers[1].FileCount);
        CollectionAssert.AreEqual(new[] { "/a", "/c" }, fs.Files.Select(f => f.Path).ToList());
    }

    [TestMethod]
    public void Paths_are_normalized_in_entries_and_in_lookups()
    {
        var fs = LayeredImage.Read([new TestLayer().File("./etc//passwd", "root").File("usr/./lib/x/../libc.so", "c").Directory("./").Gzip()]);

        CollectionAssert.AreEqual(new[] { "/etc/passwd", "/usr/lib/libc.so" }, fs.Files.Select(f => f.Path).ToList());
        foreach (var query in new[] { "/etc/passwd", "etc/passwd", "//etc/passwd/", "/./etc/passwd", "/../etc/passwd", "/usr/../etc/passwd" })
        {
            Assert.AreEqual("/etc/passwd", fs.Find(query)?.Path, query);
        }
    }

    [TestMethod]
    public void Only_the_content_the_interest_wants_is_kept()
    {
        var asked = new List<(string Path, long Size)>();
        var interest = FileInterest.Where((path, size) =>
        {
            asked.Add((path, size));
            return path == "/etc/passwd";
        });

        var fs = LayeredImage.Read([new TestLayer().File("etc/passwd", "root:x:0:0").File("etc/shadow", "secret").Directory("etc").Gzip()], interest);

        Assert.AreEqual("root:x:0:0", Text(fs.ReadContent("/etc/passwd")));
        Assert.IsNull(fs.ReadContent("/etc/shadow"));
        Assert.IsNotNull(fs.Find("/etc/shadow"));
        CollectionAssert.AreEquivalent(new[] { ("/etc/passwd", 10L), ("/etc/shadow", 6L) }, asked);
    }

    [TestMethod]
    public void Kept_content_is_bounded()
    {
        var limits = new ImageReadLimits { MaxContentBytes = 10 };
        var layers = new[] { new TestLayer().File("a", "12345").File("b", "123456").Gzip() };

        var e = Assert.ThrowsExactly<ImageFormatException>(() => LayeredImage.Read(layers, limits: limits));
        StringAssert.Contains(e.Message, "'/b'");
        Assert.IsNotNull(LayeredImage.Read(layers, FileInterest.Where((p, _) => p == "/b"), limits).ReadContent("/b"));
    }

    [TestMethod]
    public void An_image_without_layers_has_an_empty_file_system()
    {
        var fs = LayeredImage.Read([]);

        Assert.HasCount(0, fs.Files);
        Assert.HasCount(0, fs.Layers);
    }

    private static string? Text(byte[]? bytes) => bytes is null ? null : Encoding.UTF8.GetString(bytes);
}
