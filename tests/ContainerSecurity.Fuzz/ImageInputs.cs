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

    /// <summary>
    /// The input as the payload of a layer-cache entry, sealed (magic, length, SHA-256) as a forger would, so the
    /// parser behind the checksum is what gets fuzzed; read the way a scan reads one.
    /// </summary>
    public static void CacheEntry(byte[] payload)
    {
        const string digest = "sha256:0000000000000000000000000000000000000000000000000000000000000000";
        var entry = new byte[16 + payload.Length + 32];
        "CSECLAYR"u8.CopyTo(entry);
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(entry.AsSpan(8), payload.Length);
        payload.CopyTo(entry.AsSpan(16));
        System.Security.Cryptography.SHA256.HashData(payload).CopyTo(entry.AsSpan(16 + payload.Length));
        var (claimedDigest, compressedSize) = PeekCacheEntry(payload) ?? (digest, 0);
        try
        {
            LayerCacheEntry.Read(new MemoryStream(entry), entry.Length, ImageAnalyzer.CacheKey, claimedDigest, compressedSize, ImageReadLimits.Default, ImageReadLimits.Default.MaxContentBytes);
        }
        catch (LayerCacheEntryException)
        {
            // What the product turns into a CSEC5011 warning and a fresh read of the layer.
        }
    }

    // The digest and compressed size the payload claims (format version, key, digest: int32-length UTF-8 strings),
    // passed as the image's own, so the fuzzer gets past those checks to the entries.
    private static (string Digest, long CompressedSize)? PeekCacheEntry(byte[] payload)
    {
        var span = payload.AsSpan();
        if (span.Length < 4)
        {
            return null;
        }
        var at = 4;
        string? text = null;
        for (var i = 0; i < 2; i++)
        {
            if (span.Length < at + 4)
            {
                return null;
            }
            var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(span[at..]);
            at += 4;
            if (length < 0 || length > 4096 || span.Length < at + length)
            {
                return null;
            }
            text = System.Text.Encoding.UTF8.GetString(span.Slice(at, length));
            at += length;
        }
        return span.Length < at + 8 ? null : (text!, System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(span[at..]));
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
