using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ContainerSecurity.Images;

namespace ContainerSecurity.Tests.Fixtures;

/// <summary>
/// An OCI layout whose app layer is a plain tar of many text files (logs, JSON, text, scripts: what the secret scan
/// reads), written straight to disk so the test never holds it; a few files hold a planted GitHub token.
/// </summary>
internal static class LargeTextImage
{
    public const string Token = "ghp_0123456789abcdefghijABCDEFGHIJ012345";
    private static readonly string[] Extensions = [".log", ".json", ".txt", ".js"];

    /// <returns>The layout folder and the paths of the files holding the token.</returns>
    public static (string Layout, IReadOnlyList<string> Planted) Write(string directory, long textBytes, int fileBytes = 256 * 1024)
    {
        var blobs = Path.Combine(directory, "blobs", "sha256");
        Directory.CreateDirectory(blobs);
        var baseLayer = new TestLayer()
            .File("etc/os-release", "ID=debian\nVERSION_ID=\"12\"\n")
            .File("etc/passwd", "root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/app:/bin/sh\n")
            .Plain();
        var baseDigest = WriteBlob(blobs, baseLayer.Bytes);
        var (appDigest, appSize, planted) = WriteTextLayer(blobs, textBytes, fileBytes);
        var config = JsonSerializer.SerializeToUtf8Bytes(new
        {
            architecture = "amd64",
            os = "linux",
            config = new { User = "app" },
            rootfs = new { type = "layers", diff_ids = new[] { baseDigest, appDigest } },
        });
        var configDigest = WriteBlob(blobs, config);
        var manifest = JsonSerializer.SerializeToUtf8Bytes(new
        {
            schemaVersion = 2,
            mediaType = MediaTypes.OciManifest,
            config = new { mediaType = "application/vnd.oci.image.config.v1+json", digest = configDigest, size = config.Length },
            layers = new[]
            {
                new { mediaType = TestLayer.TarMediaType, digest = baseDigest, size = (long)baseLayer.Bytes.Length },
                new { mediaType = TestLayer.TarMediaType, digest = appDigest, size = appSize },
            },
        });
        var manifestDigest = WriteBlob(blobs, manifest);
        File.WriteAllText(Path.Combine(directory, "oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
        File.WriteAllBytes(Path.Combine(directory, "index.json"), JsonSerializer.SerializeToUtf8Bytes(new
        {
            schemaVersion = 2,
            mediaType = MediaTypes.OciIndex,
            manifests = new[] { new { mediaType = MediaTypes.OciManifest, digest = manifestDigest, size = manifest.Length } },
        }));
        return (directory, planted);
    }

    private static (string Digest, long Size, IReadOnlyList<string> Planted) WriteTextLayer(string blobs, long textBytes, int fileBytes)
    {
        var text = Text(fileBytes, secret: false);
        var withToken = Text(fileBytes, secret: true);
        var planted = new List<string>();
        var temp = Path.Combine(blobs, "app-layer.tmp");
        using (var output = File.Create(temp))
        using (var tar = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true))
        {
            var count = (int)(textBytes / fileBytes);
            for (var i = 0; i < count; i++)
            {
                var name = $"app/data/{i / 1000}/file-{i}{Extensions[i % Extensions.Length]}";
                var secret = i % 401 == 200;
                if (secret)
                {
                    planted.Add("/" + name);
                }
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(secret ? withToken : text, writable: false) });
            }
        }
        string digest;
        using (var input = File.OpenRead(temp))
        {
            digest = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(input));
        }
        var size = new FileInfo(temp).Length;
        File.Move(temp, Path.Combine(blobs, digest["sha256:".Length..]));
        return (digest, size, planted);
    }

    /// <summary>Log-like lines that match no secret rule; with <paramref name="secret"/>, the token on line 2.</summary>
    private static byte[] Text(int bytes, bool secret)
    {
        var builder = new StringBuilder(bytes);
        builder.Append("2024-01-01T00:00:00Z INFO started\n");
        if (secret)
        {
            builder.Append($"GITHUB_TOKEN={Token}\n");
        }
        for (var i = 0; builder.Length < bytes; i++)
        {
            builder.Append($"2024-01-01T00:00:{i % 60:D2}Z INFO request handled path=/api/items/{i} status=200 duration_ms={i % 97}\n");
        }
        return Encoding.ASCII.GetBytes(builder.ToString(0, bytes));
    }

    private static string WriteBlob(string blobs, byte[] content)
    {
        var digest = Digest.Of(content);
        File.WriteAllBytes(Path.Combine(blobs, digest["sha256:".Length..]), content);
        return digest;
    }
}
