using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ContainerSecurity.Build.Tests.Infrastructure;

/// <summary>
/// A one-layer OCI archive holding only an /etc/os-release, running as a non-root user: an image whose distribution
/// the rules can judge, with no packages, so the scan needs no advisory data.
/// </summary>
internal static class OsReleaseImage
{
    public static string Write(string path, string osRelease)
    {
        var blobs = new Dictionary<string, byte[]>();
        string Add(byte[] content)
        {
            var digest = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content));
            blobs[digest] = content;
            return digest;
        }

        var layer = Tar(new Dictionary<string, byte[]> { ["etc/os-release"] = Encoding.UTF8.GetBytes(osRelease) });
        var layerDigest = Add(layer);
        var config = JsonSerializer.SerializeToUtf8Bytes(new
        {
            architecture = "amd64",
            os = "linux",
            config = new { User = "app", Env = new[] { "PATH=/usr/bin" } },
            rootfs = new { type = "layers", diff_ids = new[] { layerDigest } },
        });
        var configDigest = Add(config);
        var manifest = JsonSerializer.SerializeToUtf8Bytes(new
        {
            schemaVersion = 2,
            mediaType = "application/vnd.oci.image.manifest.v1+json",
            config = new { mediaType = "application/vnd.oci.image.config.v1+json", digest = configDigest, size = config.Length },
            layers = new[] { new { mediaType = "application/vnd.oci.image.layer.v1.tar", digest = layerDigest, size = layer.Length } },
        });
        var manifestDigest = Add(manifest);
        var index = JsonSerializer.SerializeToUtf8Bytes(new
        {
            schemaVersion = 2,
            mediaType = "application/vnd.oci.image.index.v1+json",
            manifests = new[] { new { mediaType = "application/vnd.oci.image.manifest.v1+json", digest = manifestDigest, size = manifest.Length } },
        });

        var files = blobs.ToDictionary(b => "blobs/sha256/" + b.Key["sha256:".Length..], b => b.Value);
        files["oci-layout"] = Encoding.UTF8.GetBytes("{\"imageLayoutVersion\":\"1.0.0\"}");
        files["index.json"] = index;
        File.WriteAllBytes(path, Tar(files));
        return path;
    }

    private static byte[] Tar(IReadOnlyDictionary<string, byte[]> files)
    {
        using var output = new MemoryStream();
        using (var writer = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content) });
            }
        }
        return output.ToArray();
    }
}
