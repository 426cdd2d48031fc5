using System.Text;
using ContainerSecurity.Images.Layers;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Images;

/// <summary>A realistic amount of work in one read; it checks counts only (no timing), so it stays reliable on slow machines.</summary>
[TestClass]
public sealed class ImageFileSystemScaleTests
{
    [TestMethod]
    public void Three_layers_of_twenty_thousand_files_apply_exactly()
    {
        var base0 = new TestLayer();
        for (var i = 0; i < 10_000; i++)
        {
            base0.File($"base/d{i % 100}/f{i}", $"base {i}");
        }
        var update1 = new TestLayer();
        for (var i = 0; i < 10_000; i++)
        {
            if (i % 100 < 10)
            {
                update1.File($"base/d{i % 100}/f{i}", $"updated {i}", mode: "600");
            }
        }
        for (var i = 0; i < 6_000; i++)
        {
            update1.File($"lib/l{i % 50}/lib{i}.so", "");
        }
        var app2 = new TestLayer().Whiteout("base/d99");
        for (var i = 0; i < 3_000; i++)
        {
            app2.File($"app/a{i}.dll", $"app {i}");
        }

        var fs = LayeredImage.Read([base0.Gzip(), update1.Gzip(), app2.Zstd()], FileInterest.Where((path, _) => path.StartsWith("/app/", StringComparison.Ordinal)));

        CollectionAssert.AreEqual(new[] { 10_000, 7_000, 3_000 }, fs.Layers.Select(l => l.FileCount).ToList());
        Assert.HasCount(18_900, fs.Files);
        Assert.AreEqual(8_900, fs.Files.Count(f => f.LayerIndex == 0));
        Assert.AreEqual(7_000, fs.Files.Count(f => f.LayerIndex == 1));
        Assert.AreEqual(3_000, fs.Files.Count(f => f.LayerIndex == 2));
        Assert.AreEqual(1_000, fs.Files.Count(f => f.Mode == TestLayer.Octal("600")));
        Assert.IsNull(fs.Find("/base/d99/f99"));
        Assert.AreEqual("app 2999", Encoding.UTF8.GetString(fs.ReadContent("/app/a2999.dll")!));
        Assert.IsNull(fs.ReadContent("/base/d5/f5"));
        Assert.AreEqual(3_000, fs.Files.Count(f => fs.ReadContent(f.Path) is not null));
    }
}
