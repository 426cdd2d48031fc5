using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ContainerSecurity.Images;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Hostile;

/// <summary>Image archives built to hurt a reader: huge headers, indexes that multiply, written straight to disk.</summary>
internal static class HostileArchives
{
    /// <summary>A ustar header of the given type and declared size, checksummed.</summary>
    public static byte[] Header(string name, char type, long size)
    {
        var header = new byte[512];
        Encoding.ASCII.GetBytes(name).CopyTo(header, 0);
        Encoding.ASCII.GetBytes("0000644\0").CopyTo(header, 100);
        Encoding.ASCII.GetBytes(Convert.ToString(size, 8).PadLeft(11, '0') + "\0").CopyTo(header, 124);
        header[156] = (byte)type;
        Encoding.ASCII.GetBytes("ustar\0" + "00").CopyTo(header, 257);
        return TestLayer.WithChecksum(header);
    }

    /// <summary>An outer archive whose first header is a PAX extended header declaring <paramref name="declared"/> bytes (the data is not there).</summary>
    public static string DeclaredPaxHeader(string path, long declared)
    {
        File.WriteAllBytes(path, [.. Header("PaxHeaders/0", 'x', declared), .. new byte[4096]]);
        return path;
    }

    /// <summary>A tar.gz holding one real PAX extended header of <paramref name="bytes"/> bytes: a single comment record.</summary>
    public static string RealPaxRecord(string path, int bytes)
    {
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Optimal))
        {
            gz.Write(Header("PaxHeaders/0", 'x', bytes));
            var prefix = Encoding.ASCII.GetBytes($"{bytes} comment=");
            gz.Write(prefix);
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)'a');
            for (long left = bytes - prefix.Length - 1; left > 0; left -= chunk.Length)
            {
                gz.Write(chunk, 0, (int)Math.Min(left, chunk.Length));
            }
            gz.Write("\n"u8);
            gz.Write(new byte[(512 - bytes % 512) % 512]);
            gz.Write(Header("a", '0', 0));
            gz.Write(new byte[1024]);
        }
        return path;
    }

    /// <summary>
    /// An OCI archive whose index.json leads through <paramref name="depth"/> nested indexes, each listing the one below
    /// <paramref name="width"/> times, down to one manifest: width^depth paths to the same image.
    /// </summary>
    public static string MultiplyingIndexes(string path, int width, int depth, bool refNames)
    {
        var blobs = new Dictionary<string, byte[]>();
        (string Digest, int Size) Add(byte[] content)
        {
            var digest = Digest.Of(content);
            blobs[Digest.LayoutPath(digest)] = content;
            return (digest, content.Length);
        }
        var config = Add(JsonSerializer.SerializeToUtf8Bytes(new { architecture = "amd64", os = "linux", rootfs = new { type = "layers", diff_ids = Array.Empty<string>() }, config = new { User = "app" } }));
        var manifest = Add(JsonSerializer.SerializeToUtf8Bytes(new
        {
            schemaVersion = 2,
            mediaType = MediaTypes.OciManifest,
            config = new { mediaType = "application/vnd.oci.image.config.v1+json", digest = config.Digest, size = config.Size },
            layers = Array.Empty<object>(),
        }));
        var child = (MediaType: MediaTypes.OciManifest, manifest.Digest, manifest.Size);
        for (var level = 0; level < depth; level++)
        {
            var below = child;
            var index = Add(JsonSerializer.SerializeToUtf8Bytes(new
            {
                schemaVersion = 2,
                mediaType = MediaTypes.OciIndex,
                manifests = Enumerable.Range(0, width).Select(i => new
                {
                    mediaType = below.MediaType,
                    digest = below.Digest,
                    size = below.Size,
                    annotations = refNames ? new Dictionary<string, string> { ["org.opencontainers.image.ref.name"] = $"t{level}-{i}" } : null,
                }),
            }));
            child = (MediaTypes.OciIndex, index.Digest, index.Size);
        }
        blobs["oci-layout"] = """{"imageLayoutVersion":"1.0.0"}"""u8.ToArray();
        blobs["index.json"] = JsonSerializer.SerializeToUtf8Bytes(new { schemaVersion = 2, manifests = new[] { new { mediaType = child.MediaType, digest = child.Digest, size = child.Size } } });
        File.WriteAllBytes(path, OciImageBuilder.TarOf(blobs));
        return path;
    }
}
