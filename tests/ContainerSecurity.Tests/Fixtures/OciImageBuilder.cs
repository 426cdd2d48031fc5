using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ContainerSecurity.Images;

namespace ContainerSecurity.Tests.Fixtures;

/// <summary>Builds real OCI images in code: layers (see <see cref="TestLayer"/>), a config, a manifest, written as a layout, tar, tar.gz or docker-save.</summary>
internal sealed class OciImageBuilder
{
    private readonly Dictionary<string, byte[]> _blobs = new();
    private readonly List<(string Digest, long Size, string Platform)> _manifests = [];

    public static string TempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "csec-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Adds one single-platform image and returns its manifest digest.</summary>
    public string AddImage(string? user, IReadOnlyDictionary<string, string>? files = null, string os = "linux", string arch = "amd64")
    {
        var tar = Tar(files ?? new Dictionary<string, string> { ["etc/os-release"] = "ID=debian\nVERSION_ID=\"12\"\n" });
        return AddLayeredImage([new LayerBlob(Gzip(tar), TestLayer.GzipMediaType, Digest.Of(tar))], user: user, os: os, arch: arch);
    }

    /// <summary>Adds one single-platform image of these layers, bottom first, and returns its manifest digest.</summary>
    /// <param name="history">The config's history entries, written as given.</param>
    public string AddLayeredImage(IReadOnlyList<LayerBlob> layers, IReadOnlyList<object>? history = null, string? user = null, string os = "linux", string arch = "amd64")
    {
        var config = new Dictionary<string, object?>
        {
            ["architecture"] = arch,
            ["os"] = os,
            ["config"] = new Dictionary<string, object?> { ["User"] = user, ["Env"] = new[] { "PATH=/usr/bin" } },
            ["rootfs"] = new { type = "layers", diff_ids = layers.Select(l => l.DiffId).ToArray() },
        };
        if (history is not null)
        {
            config["history"] = history;
        }
        var configBytes = JsonSerializer.SerializeToUtf8Bytes(config);
        var configDigest = Add(configBytes);
        var manifest = JsonSerializer.SerializeToUtf8Bytes(new
        {
            schemaVersion = 2,
            mediaType = MediaTypes.OciManifest,
            config = new { mediaType = "application/vnd.oci.image.config.v1+json", digest = configDigest, size = configBytes.Length },
            layers = layers.Select(l => new { mediaType = l.MediaType, digest = Add(l.Bytes), size = l.Bytes.Length }).ToArray(),
        });
        var digest = Add(manifest);
        _manifests.Add((digest, manifest.Length, $"{os}/{arch}"));
        return digest;
    }

    public byte[] Blob(string digest) => _blobs[digest];

    public void ReplaceBlob(string digest, byte[] content) => _blobs[digest] = content;

    private string Add(byte[] content)
    {
        var digest = Digest.Of(content);
        _blobs[digest] = content;
        return digest;
    }

    /// <summary>The layout's files: oci-layout, index.json (nested index when there are several images) and blobs.</summary>
    public Dictionary<string, byte[]> LayoutFiles(string? tag = "1.0")
    {
        var files = new Dictionary<string, byte[]>(_blobs.ToDictionary(b => Digest.LayoutPath(b.Key), b => b.Value))
        {
            ["oci-layout"] = Encoding.UTF8.GetBytes("{\"imageLayoutVersion\":\"1.0.0\"}"),
        };
        var annotations = tag is null ? null : new Dictionary<string, string> { ["org.opencontainers.image.ref.name"] = tag };
        object top;
        if (_manifests.Count == 1)
        {
            var m = _manifests[0];
            top = new { schemaVersion = 2, mediaType = MediaTypes.OciIndex, manifests = new[] { new { mediaType = MediaTypes.OciManifest, digest = m.Digest, size = m.Size, annotations } } };
        }
        else
        {
            var nested = JsonSerializer.SerializeToUtf8Bytes(new
            {
                schemaVersion = 2,
                mediaType = MediaTypes.OciIndex,
                manifests = _manifests.Select(m => new { mediaType = MediaTypes.OciManifest, digest = m.Digest, size = m.Size, platform = new { os = m.Platform.Split('/')[0], architecture = m.Platform.Split('/')[1] } }),
            });
            var nestedDigest = Digest.Of(nested);
            files[Digest.LayoutPath(nestedDigest)] = nested;
            top = new { schemaVersion = 2, mediaType = MediaTypes.OciIndex, manifests = new[] { new { mediaType = MediaTypes.OciIndex, digest = nestedDigest, size = nested.Length, annotations } } };
        }
        files["index.json"] = JsonSerializer.SerializeToUtf8Bytes(top);
        return files;
    }

    public string WriteLayout(string directory)
    {
        foreach (var (name, content) in LayoutFiles())
        {
            var path = Path.Combine(directory, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
        }
        return directory;
    }

    public string WriteArchive(string path, bool gzip = true)
    {
        var tar = TarOf(LayoutFiles());
        File.WriteAllBytes(path, gzip ? Gzip(tar) : tar);
        return path;
    }

    /// <summary>docker save's layout: manifest.json naming the config and uncompressed layer tars.</summary>
    public string WriteDockerSave(string path)
    {
        var files = new Dictionary<string, byte[]>();
        var entries = new List<object>();
        foreach (var (digest, _, _) in _manifests)
        {
            using var doc = JsonDocument.Parse(_blobs[digest]);
            var configDigest = doc.RootElement.GetProperty("config").GetProperty("digest").GetString()!;
            var configName = configDigest["sha256:".Length..] + ".json";
            files[configName] = _blobs[configDigest];
            var layers = new List<string>();
            foreach (var layer in doc.RootElement.GetProperty("layers").EnumerateArray())
            {
                var raw = Gunzip(_blobs[layer.GetProperty("digest").GetString()!]);
                var name = Digest.Of(raw)["sha256:".Length..] + "/layer.tar";
                files[name] = raw;
                layers.Add(name);
            }
            entries.Add(new { Config = configName, RepoTags = new[] { "test/app:1.0" }, Layers = layers });
        }
        files["manifest.json"] = JsonSerializer.SerializeToUtf8Bytes(entries);
        File.WriteAllBytes(path, TarOf(files));
        return path;
    }

    public static byte[] Tar(IReadOnlyDictionary<string, string> files) =>
        TarOf(files.ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value)));

    public static byte[] TarOf(IReadOnlyDictionary<string, byte[]> files)
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

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gz.Write(data);
        }
        return output.ToArray();
    }

    public static byte[] Gunzip(byte[] data)
    {
        using var input = new GZipStream(new MemoryStream(data), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
