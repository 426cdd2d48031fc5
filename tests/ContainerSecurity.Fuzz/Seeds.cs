using System.Formats.Tar;

namespace ContainerSecurity.Fuzz;

/// <summary>Writes the starting inputs of the targets whose seeds are built rather than copied from test fixtures.</summary>
internal static class Seeds
{
    public static void Write(string corpus)
    {
        var layer = ImageInputs.DefaultLayer;
        var config = ImageInputs.DefaultConfig(layer);
        var manifest = ImageInputs.DefaultManifest(config, layer);
        var index = ImageInputs.DefaultIndex(manifest);
        Put(corpus, "oci-index", "index.json", index);
        Put(corpus, "oci-manifest", "manifest.json", manifest);
        Put(corpus, "oci-config", "config.json", config);
        Put(corpus, "layer-tar", "layer.tar.gz", layer);
        Put(corpus, "layer-tar", "layer.tar", ImageInputs.Tar(new Dictionary<string, string> { ["a/b"] = "x", ["a/.wh.c"] = "" }));
        Put(corpus, "docker-save", "manifest.json", """[{"Config":"config.json","RepoTags":["app:1"],"Layers":["layer/layer.tar"]}]"""u8.ToArray());
        var files = new Dictionary<string, byte[]>
        {
            ["oci-layout"] = """{"imageLayoutVersion":"1.0.0"}"""u8.ToArray(),
            ["index.json"] = index,
            [Images.Digest.LayoutPath(Images.Digest.Of(manifest))] = manifest,
            [Images.Digest.LayoutPath(Images.Digest.Of(config))] = config,
            [Images.Digest.LayoutPath(Images.Digest.Of(layer))] = layer,
        };
        using var tar = new MemoryStream();
        using (var writer = new TarWriter(tar, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content) });
            }
        }
        Put(corpus, "outer-tar", "image.tar", tar.ToArray());
        Put(corpus, "outer-tar", "image.tar.gz", ImageInputs.Gzip(tar.ToArray()));

        // A layer cache entry as a scan writes it.
        var cache = Scratch.Folder("seed-cache");
        using (var archive = Images.ImageArchive.Open(ImageInputs.Layout()))
        {
            Analysis.ImageAnalyzer.Analyze(archive, archive.Images[0], cache);
        }
        foreach (var entry in Directory.EnumerateFiles(cache, "*.layer", SearchOption.AllDirectories))
        {
            // The target seals its input itself: the seed is the payload between the 16-byte header and the checksum.
            var bytes = File.ReadAllBytes(entry);
            Put(corpus, "layer-cache-entry", Path.GetFileName(entry), bytes[16..^32]);
        }
    }

    private static void Put(string corpus, string target, string name, byte[] content)
    {
        var directory = Path.Combine(corpus, target);
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, name), content);
    }
}
