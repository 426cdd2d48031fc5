using ContainerSecurity.Images;
using ContainerSecurity.Images.Layers;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Images;

[TestClass]
public sealed class LayerCacheTests
{
    private static IFileInterest PasswdOnly => FileInterest.Where((path, _) => path == "/etc/passwd");

    // One base layer blob shared by every image, as a base image is between two builds of an app.
    private static readonly LayerBlob BaseLayer = new TestLayer().File("etc/passwd", "root:x:0:0::/root:/bin/sh\n").File("etc/hostname", "x").Directory("tmp", "1777").Whiteout("etc/gone").Gzip();

    private static (string Archive, ContainerImage Image, ImageArchive Opened) Build(string appContent)
    {
        var app = new TestLayer().File("app/app.dll", appContent).HardLink("app/passwd-link", "etc/passwd");
        var builder = new OciImageBuilder();
        builder.AddLayeredImage([BaseLayer, app.Gzip()]);
        var path = builder.WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar.gz"));
        var opened = ImageArchive.Open(path);
        return (path, opened.Images.Single(), opened);
    }

    [TestMethod]
    public void A_rescan_replays_cached_layers_and_gives_the_same_file_system()
    {
        var cacheDir = OciImageBuilder.TempDirectory();
        var (_, image, archive) = Build("v1");
        using (archive)
        {
            var cold = ImageFileSystem.Read(archive, image, PasswdOnly, cache: new LayerCache(cacheDir, "k1"));
            var warm = ImageFileSystem.Read(archive, image, PasswdOnly, cache: new LayerCache(cacheDir, "k1"));

            Assert.IsFalse(cold.Layers.Any(l => l.FromCache));
            Assert.IsTrue(warm.Layers.All(l => l.FromCache));
            CollectionAssert.AreEqual(cold.Files.ToList(), warm.Files.ToList());
            CollectionAssert.AreEqual(cold.ReadContent("/etc/passwd"), warm.ReadContent("/etc/passwd"));
            CollectionAssert.AreEqual(cold.ReadContent("/app/passwd-link"), warm.ReadContent("/app/passwd-link"));
        }
    }

    [TestMethod]
    public void A_rebuilt_app_only_reads_the_new_app_layer()
    {
        var cacheDir = OciImageBuilder.TempDirectory();
        var (_, first, firstArchive) = Build("v1");
        using (firstArchive)
        {
            ImageFileSystem.Read(firstArchive, first, PasswdOnly, cache: new LayerCache(cacheDir, "k1"));
        }
        var (_, second, secondArchive) = Build("v2");
        using (secondArchive)
        {
            var layers = ImageFileSystem.Read(secondArchive, second, PasswdOnly, cache: new LayerCache(cacheDir, "k1")).Layers;
            CollectionAssert.AreEqual(new[] { true, false }, layers.Select(l => l.FromCache).ToList());
            Assert.IsTrue(layers[0].IsBaseLayer, "the replayed layer is classified by the image at hand");
        }
    }

    [TestMethod]
    public void Another_key_or_a_damaged_file_means_a_fresh_read()
    {
        var cacheDir = OciImageBuilder.TempDirectory();
        var (_, image, archive) = Build("v1");
        using (archive)
        {
            ImageFileSystem.Read(archive, image, PasswdOnly, cache: new LayerCache(cacheDir, "k1"));
            Assert.IsFalse(ImageFileSystem.Read(archive, image, PasswdOnly, cache: new LayerCache(cacheDir, "k2")).Layers.Any(l => l.FromCache));

            foreach (var file in Directory.GetFiles(cacheDir, "*.layer"))
            {
                File.WriteAllBytes(file, File.ReadAllBytes(file)[..40]);
            }
            var fs = ImageFileSystem.Read(archive, image, PasswdOnly, cache: new LayerCache(cacheDir, "k2"));
            Assert.IsNotNull(fs.ReadContent("/etc/passwd"));
        }
    }
}
