using System.Text;
using ContainerSecurity.Images.Layers;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Images;

[TestClass]
public sealed class ImageLinkTests
{
    [TestMethod]
    public void Symlink_chains_resolve_through_every_component()
    {
        var fs = LayeredImage.Read([
            new TestLayer().Symlink("bin", "usr/bin").File("usr/lib/python3.11/bin/python", "py").Gzip(),
            new TestLayer().Symlink("usr/bin/python3", "python3.11").Symlink("usr/bin/python3.11", "../lib/python3.11/bin/python").Gzip(),
        ]);

        Assert.AreEqual("/usr/lib/python3.11/bin/python", fs.Resolve("/bin/python3")?.Path);
        Assert.AreEqual("py", Text(fs.ReadContent("/bin/python3")));
        Assert.AreEqual(FileKind.Symlink, fs.Find("/usr/bin/python3")!.Kind);
        Assert.IsNull(fs.Find("/bin/python3"), "Find does not follow links");
    }

    [TestMethod]
    public void An_absolute_symlink_resolves_inside_the_image_root()
    {
        var fs = LayeredImage.Read([new TestLayer().File("opt/real/config.json", "{}").Symlink("etc/app", "/opt/real").Gzip()]);

        Assert.AreEqual("/opt/real/config.json", fs.Resolve("/etc/app/config.json")?.Path);
        Assert.AreEqual("{}", Text(fs.ReadContent("etc/app/config.json")));
    }

    [TestMethod]
    [DataRow("../../../etc/shadow")]
    [DataRow("/../../etc/shadow")]
    [DataRow("../../../../../../../../../../etc/./shadow")]
    public void A_symlink_climbing_out_of_the_root_stops_at_the_image_root_not_the_host(string target)
    {
        var fs = LayeredImage.Read([new TestLayer().File("etc/shadow", "image shadow").Symlink("app/data/link", target).Gzip()]);

        Assert.AreEqual("/etc/shadow", fs.Resolve("/app/data/link")?.Path);
        Assert.AreEqual("image shadow", Text(fs.ReadContent("/app/data/link")));
        Assert.AreEqual(target, fs.Find("/app/data/link")!.LinkTarget, "the target is kept as written");
    }

    [TestMethod]
    public void A_symlink_out_of_the_root_to_a_path_the_image_lacks_resolves_to_nothing()
    {
        var fs = LayeredImage.Read([new TestLayer().Symlink("hostname", "../../../../etc/hostname").Gzip()]);

        Assert.IsNull(fs.Resolve("/hostname"));
        Assert.IsNull(fs.ReadContent("/hostname"));
    }

    [TestMethod]
    public void Symlink_loops_resolve_to_null()
    {
        var fs = LayeredImage.Read([
            new TestLayer().Symlink("a", "b").Symlink("b", "/a").Symlink("self", "./self").Symlink("dir/loop", "../dir/loop/x").Gzip(),
        ]);

        Assert.IsNull(fs.Resolve("/a"));
        Assert.IsNull(fs.Resolve("/self"));
        Assert.IsNull(fs.Resolve("/dir/loop"));
        Assert.IsNull(fs.ReadContent("/a"));
    }

    [TestMethod]
    [DataRow(40, true)]
    [DataRow(41, false)]
    public void At_most_forty_links_are_followed(int links, bool resolves)
    {
        var layer = new TestLayer().File("end", "reached");
        for (var i = 0; i < links; i++)
        {
            layer.Symlink($"l{i}", i == links - 1 ? "end" : $"l{i + 1}");
        }

        var fs = LayeredImage.Read([layer.Gzip()]);

        Assert.AreEqual(resolves ? "/end" : null, fs.Resolve("/l0")?.Path);
    }

    [TestMethod]
    public void A_hard_link_to_an_earlier_file_gives_its_content()
    {
        var fs = LayeredImage.Read([
            new TestLayer().File("usr/bin/perl5.36", "#!perl").HardLink("usr/bin/perl-same-layer", "usr/bin/perl5.36").Gzip(),
            new TestLayer().HardLink("usr/bin/perl", "./usr/bin/perl5.36").Gzip(),
        ]);

        var link = fs.Find("/usr/bin/perl")!;
        Assert.AreEqual(FileKind.HardLink, link.Kind);
        Assert.AreEqual("/usr/bin/perl5.36", link.LinkTarget);
        Assert.AreEqual(6L, link.Size);
        Assert.AreEqual("#!perl", Text(fs.ReadContent("/usr/bin/perl")));
        Assert.AreEqual("#!perl", Text(fs.ReadContent("/usr/bin/perl-same-layer")));
        Assert.AreEqual("/usr/bin/perl5.36", fs.Resolve("/usr/bin/perl")?.Path);
    }

    [TestMethod]
    public void A_hard_link_keeps_the_content_it_was_linked_to_when_a_later_layer_replaces_the_target()
    {
        var fs = LayeredImage.Read([
            new TestLayer().File("lib/a.so", "old").HardLink("lib/b.so", "lib/a.so").Gzip(),
            new TestLayer().File("lib/a.so", "new").Gzip(),
        ]);

        Assert.AreEqual("old", Text(fs.ReadContent("/lib/b.so")));
        Assert.AreEqual("new", Text(fs.ReadContent("/lib/a.so")));
    }

    [TestMethod]
    public void A_hard_link_to_a_missing_file_has_no_content_and_no_error()
    {
        var fs = LayeredImage.Read([new TestLayer().HardLink("usr/bin/ghost", "usr/bin/nowhere").HardLink("escape", "../../etc/passwd").Gzip()]);

        Assert.AreEqual(FileKind.HardLink, fs.Find("/usr/bin/ghost")!.Kind);
        Assert.IsNull(fs.ReadContent("/usr/bin/ghost"));
        Assert.IsNull(fs.Resolve("/usr/bin/ghost"));
        Assert.AreEqual("/etc/passwd", fs.Find("/escape")!.LinkTarget, "a hard link's target is clamped to the root");
        Assert.IsNull(fs.ReadContent("/escape"));
    }

    [TestMethod]
    public void A_hard_link_the_interest_does_not_want_keeps_no_content()
    {
        var fs = LayeredImage.Read(
            [new TestLayer().File("a", "content").HardLink("b", "a").Gzip()],
            FileInterest.Where((path, _) => path == "/a"));

        Assert.AreEqual("content", Text(fs.ReadContent("/a")));
        Assert.IsNull(fs.ReadContent("/b"));
    }

    private static string? Text(byte[]? bytes) => bytes is null ? null : Encoding.UTF8.GetString(bytes);
}
