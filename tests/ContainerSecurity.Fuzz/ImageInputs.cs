using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ContainerSecurity.Analysis;
using ContainerSecurity.Images;

namespace ContainerSecurity.Fuzz;

/// <summary>
/// A small valid image (one gzip layer holding os-release and a dpkg status file) written as an OCI layout folder, with
/// one part replaced by the fuzzer's bytes and every digest above it recomputed, so the input reaches its parser.
/// </summary>
internal static class ImageInputs
{
    public static readonly byte[] DefaultLayer = Gzip(Tar(new Dictionary<string, string>
    {
        ["etc/os-release"] = "ID=debian\nVERSION_ID=\"12\"\nVERSION_CODENAME=bookworm\n",
        ["var/lib/dpkg/status"] = "Package: libc6\nStatus: install ok installed\nVersion: 2.36-9\nArchitecture: amd64\n\n",
    }));

    public static byte[] DefaultConfig(byte[] layer) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        architecture = "amd64",
        os = "linux",
        config = new { User = "app", Env = new[] { "PATH=/usr/bin" } },
        rootfs = new { type = "layers", diff_ids = new[] { Digest.Of(Gunzip(layer)) } },
        history = new[] { new { created_by = "ADD rootfs /" } },
    });

    public static byte[] DefaultManifest(byte[] config, byte[] layer) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        schemaVersion = 2,
        mediaType = MediaTypes.OciManifest,
        config = new { mediaType = "application/vnd.oci.image.config.v1+json", digest = Digest.Of(config), size = config.Length },
        layers = new[] { new { mediaType = "application/vnd.oci.image.layer.v1.tar+gzip", digest = Digest.Of(layer), size = layer.Length } },
    });

    public static byte[] DefaultIndex(byte[] manifest) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        schemaVersion = 2,
        mediaType = MediaTypes.OciIndex,
        manifests = new[]
        {
            new
            {
                mediaType = MediaTypes.OciManifest, digest = Digest.Of(manifest), size = manifest.Length,
                platform = new { os = "linux", architecture = "amd64" },
                annotations = new Dictionary<string, string> { ["org.opencontainers.image.ref.name"] = "1.0" },
            },
        },
    });

    public static string Layout(byte[]? index = null, byte[]? manifest = null, byte[]? config = null, byte[]? layer = null)
    {
        layer ??= DefaultLayer;
        config ??= layer == DefaultLayer ? DefaultConfig(layer) : LayerlessConfig;
        manifest ??= DefaultManifest(config, layer);
        index ??= DefaultIndex(manifest);
        var root = Scratch.Folder("layout");
        File.WriteAllText(Path.Combine(root, "oci-layout"), """{"imageLayoutVersion":"1.0.0"}""");
        File.WriteAllBytes(Path.Combine(root, "index.json"), index);
        Directory.CreateDirectory(Path.Combine(root, "blobs", "sha256"));
        foreach (var blob in new[] { manifest, config, layer })
        {
            File.WriteAllBytes(Path.Combine(root, Digest.LayoutPath(Digest.Of(blob))), blob);
        }
        return root;
    }

    /// <summary>A config without diff_ids, so a fuzzed layer is not refused for not matching one.</summary>
    private static readonly byte[] LayerlessConfig = """{"architecture":"amd64","os":"linux","config":{"User":"app"},"rootfs":{"type":"layers","diff_ids":[]}}"""u8.ToArray();

    /// <summary>A docker-save archive whose manifest.json is the input; config.json and layer.tar are there to be named.</summary>
    public static string DockerSave(byte[] manifestJson)
    {
        var files = new Dictionary<string, byte[]>
        {
            ["manifest.json"] = manifestJson,
            ["config.json"] = DefaultConfig(DefaultLayer),
            ["layer/layer.tar"] = Gunzip(DefaultLayer),
        };
        var path = Path.Combine(Scratch.Directory, "save.tar");
        using (var file = File.Create(path))
        using (var writer = new TarWriter(file, TarEntryFormat.Pax))
        {
            foreach (var (name, content) in files)
            {
                writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content) });
            }
        }
        return path;
    }

    /// <summary>The input as a layer cache entry, loaded the way a scan loads one (today's format and API).</summary>
    public static void CacheEntry(byte[] entry)
    {
        var directory = Scratch.Folder("cache");
        const string digest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
        File.WriteAllBytes(Path.Combine(directory, digest.Replace(':', '-') + ".layer"), entry);
        new LayerCache(directory, ImageAnalyzer.CacheKey).TryLoad(digest);
    }

    public static byte[] Tar(IReadOnlyDictionary<string, string> files)
    {
        using var output = new MemoryStream();
        using (var writer = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)) });
            }
        }
        return output.ToArray();
    }

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(data);
        }
        return output.ToArray();
    }

    private static byte[] Gunzip(byte[] data)
    {
        using var input = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
