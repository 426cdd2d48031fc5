using System.Text.Json;
using ContainerSecurity.Images.Layers;

namespace ContainerSecurity.Images;

/// <summary>
/// An image as the SDK or `docker save` writes it: an OCI archive (tar or tar.gz with index.json), an OCI layout
/// folder, or a docker-save archive (manifest.json). Every manifest, index and config is verified against its digest;
/// blobs opened through <see cref="OpenBlob"/> are verified while they stream.
/// </summary>
public sealed class ImageArchive : IDisposable
{
    private readonly IArchiveFiles _files;
    private readonly ImageReadLimits _limits;
    private readonly Dictionary<string, string> _blobPaths = new(StringComparer.Ordinal);
    /// <summary>Nested indexes already read and parsed, by digest: each is read once however often it is reached.</summary>
    private readonly Dictionary<string, List<(Descriptor Descriptor, string? RefName)>> _indexes = new(StringComparer.Ordinal);
    /// <summary>docker-save layer files already hashed, by path.</summary>
    private readonly Dictionary<string, (string Digest, bool Gzipped)> _hashed = new(StringComparer.Ordinal);
    private int _descriptorsVisited;

    public string Path { get; }
    public IReadOnlyList<ContainerImage> Images { get; }
    /// <summary>The top-level index when the archive's images form one multi-platform image.</summary>
    public byte[]? IndexBytes { get; private set; }
    public string? IndexMediaType { get; private set; }

    private ImageArchive(string path, IArchiveFiles files, ImageReadLimits limits)
    {
        Path = path;
        _files = files;
        _limits = limits;
        Images = files.Exists("index.json") ? ReadOciLayout() : files.Exists("manifest.json") ? ReadDockerSave() : throw new ImageFormatException(
            $"'{path}' has neither index.json (OCI) nor manifest.json (docker save); it is not an image archive.");
        if (Images.Count == 0)
        {
            throw new ImageFormatException($"'{path}' holds no image manifest.");
        }
    }

    /// <param name="limits">What reading the archive may cost; <see cref="ImageReadLimits.Default"/> when null.</param>
    public static ImageArchive Open(string path, ImageReadLimits? limits = null)
    {
        limits ??= ImageReadLimits.Default;
        limits.Validate();
        if (Directory.Exists(path))
        {
            return new ImageArchive(path, new LayoutFolderFiles(path), limits);
        }
        if (!File.Exists(path))
        {
            throw new ImageFormatException($"There is no image archive or layout folder at '{path}'.");
        }
        var files = new TarArchiveFiles(path, limits);
        try
        {
            return new ImageArchive(path, files, limits);
        }
        catch
        {
            files.Dispose();
            throw;
        }
    }

    public long BlobSize(string digest) => _files.SizeOf(PathOf(digest));

    /// <summary>Streams a blob and fails at its end when its bytes do not match the digest.</summary>
    public Stream OpenBlob(Descriptor descriptor) =>
        new DigestVerifyingStream(_files.Open(PathOf(descriptor.Digest)), descriptor.Digest, descriptor.Size, $"Blob {descriptor.Digest}");

    private string PathOf(string digest) => _blobPaths.TryGetValue(digest, out var path) ? path : Digest.LayoutPath(digest);

    private IReadOnlyList<ContainerImage> ReadOciLayout()
    {
        var indexBytes = _files.ReadAll("index.json", _limits.MaxJsonBytes);
        var top = ParseDescriptors(indexBytes, "index.json");
        var images = new List<ContainerImage>();
        // An index.json that points at exactly one nested index is how a multi-platform image is stored.
        if (top.Count == 1 && MediaTypes.IsIndex(top[0].Descriptor.MediaType))
        {
            IndexBytes = ReadVerified(top[0].Descriptor, "The image index");
            IndexMediaType = top[0].Descriptor.MediaType;
        }
        Collect(top, images, new Dictionary<string, int>(StringComparer.Ordinal), depth: 0, tags: []);
        return images;
    }

    private void Collect(List<(Descriptor Descriptor, string? RefName)> entries, List<ContainerImage> images, Dictionary<string, int> byDigest, int depth, IReadOnlyList<string> tags)
    {
        foreach (var (descriptor, refName) in entries)
        {
            if (++_descriptorsVisited > _limits.MaxDescriptors)
            {
                throw new ImageFormatException(
                    $"Walking the image indexes visits more than {_limits.MaxDescriptors} descriptors (indexes that point at other indexes many times over); it is not an image an SDK builds.");
            }
            var entryTags = refName is null ? tags : [.. tags, refName];
            if (MediaTypes.IsIndex(descriptor.MediaType))
            {
                if (depth >= _limits.MaxIndexDepth)
                {
                    throw new ImageFormatException($"Image indexes are nested more than {_limits.MaxIndexDepth} deep.");
                }
                Collect(NestedIndex(descriptor), images, byDigest, depth + 1, entryTags);
            }
            else if (MediaTypes.IsManifest(descriptor.MediaType) && descriptor.Platform != "unknown/unknown")
            {
                if (byDigest.TryGetValue(descriptor.Digest, out var seen))
                {
                    var newTags = entryTags.Where(t => !images[seen].Tags.Contains(t)).ToList();
                    if (newTags.Count > 0)
                    {
                        images[seen] = images[seen] with { Tags = [.. images[seen].Tags, .. newTags] };
                    }
                    continue;
                }
                if (images.Count >= _limits.MaxImages)
                {
                    throw new ImageFormatException($"The archive holds more than {_limits.MaxImages} images.");
                }
                byDigest[descriptor.Digest] = images.Count;
                images.Add(ReadManifest(descriptor, entryTags));
            }
        }
    }

    private List<(Descriptor Descriptor, string? RefName)> NestedIndex(Descriptor descriptor)
    {
        if (!_indexes.TryGetValue(descriptor.Digest, out var entries))
        {
            if (_indexes.Count >= _limits.MaxIndexes)
            {
                throw new ImageFormatException($"The archive nests more than {_limits.MaxIndexes} distinct image indexes.");
            }
            entries = ParseDescriptors(ReadVerified(descriptor, "An image index"), $"index {descriptor.Digest}");
            _indexes[descriptor.Digest] = entries;
        }
        return entries;
    }

    private ContainerImage ReadManifest(Descriptor descriptor, IReadOnlyList<string> tags)
    {
        var bytes = ReadVerified(descriptor, "An image manifest");
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            var root = doc.RootElement;
            var config = ToDescriptor(root.GetProperty("config"));
            var layerArray = root.GetProperty("layers");
            if (layerArray.GetArrayLength() > _limits.MaxLayers)
            {
                throw new ImageFormatException($"Manifest {descriptor.Digest} lists {layerArray.GetArrayLength()} layers, more than the {_limits.MaxLayers} allowed.");
            }
            var layers = layerArray.EnumerateArray().Select(ToDescriptor).ToList();
            var configBytes = ReadVerified(config, "The image configuration");
            var parsed = ImageConfig.Parse(configBytes);
            return new ContainerImage
            {
                ManifestDigest = descriptor.Digest,
                ManifestMediaType = descriptor.MediaType,
                ManifestBytes = bytes,
                ConfigDescriptor = config,
                ConfigBytes = configBytes,
                Config = parsed,
                Layers = layers,
                Platform = descriptor.Platform ?? (parsed.Os is null ? null : $"{parsed.Os}/{parsed.Architecture}"),
                Tags = tags,
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ImageFormatException($"Manifest {descriptor.Digest} is not a valid image manifest: {e.Message}", e);
        }
    }

    private IReadOnlyList<ContainerImage> ReadDockerSave()
    {
        var bytes = _files.ReadAll("manifest.json", _limits.MaxJsonBytes);
        try
        {
            using var doc = JsonDocument.Parse(bytes);
            var images = new List<ContainerImage>();
            if (doc.RootElement.GetArrayLength() > _limits.MaxImages)
            {
                throw new ImageFormatException($"manifest.json lists {doc.RootElement.GetArrayLength()} images, more than the {_limits.MaxImages} allowed.");
            }
            foreach (var entry in doc.RootElement.EnumerateArray())
            {
                var configPath = entry.GetProperty("Config").GetString() ?? throw new ImageFormatException("manifest.json has an entry without Config.");
                var configBytes = _files.ReadAll(configPath, _limits.MaxJsonBytes);
                var config = new Descriptor("application/vnd.docker.container.image.v1+json", Digest.Of(configBytes), configBytes.Length);
                _blobPaths[config.Digest] = configPath;
                var layers = new List<Descriptor>();
                var layerPaths = entry.GetProperty("Layers");
                if (layerPaths.GetArrayLength() > _limits.MaxLayers)
                {
                    throw new ImageFormatException($"manifest.json lists {layerPaths.GetArrayLength()} layers for one image, more than the {_limits.MaxLayers} allowed.");
                }
                foreach (var layer in layerPaths.EnumerateArray())
                {
                    var layerPath = layer.GetString() ?? throw new ImageFormatException("manifest.json lists a layer without a path.");
                    var (digest, gzipped) = HashFile(layerPath);
                    _blobPaths[digest] = layerPath;
                    layers.Add(new Descriptor(gzipped ? DockerLayerGzip : DockerLayer, digest, _files.SizeOf(layerPath)));
                }
                var parsed = ImageConfig.Parse(configBytes);
                var manifest = DockerManifestFor(config, layers);
                images.Add(new ContainerImage
                {
                    ManifestDigest = Digest.Of(manifest),
                    ManifestMediaType = MediaTypes.DockerManifest,
                    ManifestBytes = manifest,
                    ConfigDescriptor = config,
                    ConfigBytes = configBytes,
                    Config = parsed,
                    Layers = layers,
                    Platform = parsed.Os is null ? null : $"{parsed.Os}/{parsed.Architecture}",
                    Tags = entry.TryGetProperty("RepoTags", out var t) && t.ValueKind == JsonValueKind.Array
                        ? t.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToList()
                        : [],
                });
            }
            return images;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ImageFormatException($"manifest.json is not a valid docker-save manifest: {e.Message}", e);
        }
    }

    private const string DockerLayer = "application/vnd.docker.image.rootfs.diff.tar";
    private const string DockerLayerGzip = "application/vnd.docker.image.rootfs.diff.tar.gzip";

    /// <summary>
    /// docker-save archives carry no manifest; this is the Docker v2 manifest a registry push of them gets, built the
    /// same way every time, so the digest the scan reports is the digest that ships.
    /// </summary>
    private static byte[] DockerManifestFor(Descriptor config, IReadOnlyList<Descriptor> layers) =>
        JsonSerializer.SerializeToUtf8Bytes(new
        {
            schemaVersion = 2,
            mediaType = MediaTypes.DockerManifest,
            config = new { mediaType = "application/vnd.docker.container.image.v1+json", size = config.Size, digest = config.Digest },
            layers = layers.Select(l => new { mediaType = l.MediaType, size = l.Size, digest = l.Digest }),
        });

    /// <summary>Folder names in docker-save archives are not always content digests, so each layer is hashed (once).</summary>
    private (string Digest, bool Gzipped) HashFile(string path)
    {
        if (!_hashed.TryGetValue(path, out var hashed))
        {
            try
            {
                hashed = _hashed[path] = Hash(path);
            }
            catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException or InvalidOperationException)
            {
                throw new ImageFormatException($"Layer '{path}' of the archive cannot be read: {e.Message}", e);
            }
        }
        return hashed;
    }

    private (string Digest, bool Gzipped) Hash(string path)
    {
        using var stream = _files.Open(path);
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        var first = true;
        var gzipped = false;
        int n;
        while ((n = stream.Read(buffer)) > 0)
        {
            if (first)
            {
                gzipped = n >= 2 && buffer[0] == 0x1f && buffer[1] == 0x8b;
                first = false;
            }
            hash.AppendData(buffer, 0, n);
        }
        return ("sha256:" + Convert.ToHexStringLower(hash.GetHashAndReset()), gzipped);
    }

    private byte[] ReadVerified(Descriptor descriptor, string what)
    {
        if (descriptor.Size > _limits.MaxJsonBytes)
        {
            throw new ImageFormatException($"{what} {descriptor.Digest} declares {descriptor.Size} bytes, more than the {_limits.MaxJsonBytes} allowed.");
        }
        var bytes = _files.ReadAll(PathOf(descriptor.Digest), _limits.MaxJsonBytes);
        Digest.Verify(bytes, descriptor.Digest, $"{what} {descriptor.Digest}");
        return bytes;
    }

    private List<(Descriptor Descriptor, string? RefName)> ParseDescriptors(byte[] indexBytes, string what)
    {
        try
        {
            using var doc = JsonDocument.Parse(indexBytes);
            var manifests = doc.RootElement.GetProperty("manifests");
            if (manifests.GetArrayLength() > _limits.MaxDescriptors)
            {
                throw new ImageFormatException($"{what} lists {manifests.GetArrayLength()} descriptors, more than the {_limits.MaxDescriptors} allowed.");
            }
            return manifests.EnumerateArray()
                .Select(m => (ToDescriptor(m), m.TryGetProperty("annotations", out var a) && a.ValueKind == JsonValueKind.Object && a.TryGetProperty("org.opencontainers.image.ref.name", out var r) ? r.GetString() : null))
                .ToList();
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new ImageFormatException($"{what} is not a valid image index: {e.Message}", e);
        }
    }

    private static Descriptor ToDescriptor(JsonElement e)
    {
        var digest = Digest.Require(e.GetProperty("digest").GetString(), "A descriptor");
        var size = e.GetProperty("size").GetInt64();
        if (size < 0)
        {
            throw new ImageFormatException($"Descriptor {digest} has a negative size.");
        }
        string? platform = null;
        if (e.TryGetProperty("platform", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            var os = p.TryGetProperty("os", out var o) ? o.GetString() : null;
            var arch = p.TryGetProperty("architecture", out var a) ? a.GetString() : null;
            var variant = p.TryGetProperty("variant", out var v) ? "/" + v.GetString() : "";
            platform = string.IsNullOrEmpty(os) ? null : $"{os}/{arch}{variant}";
        }
        return new Descriptor(e.TryGetProperty("mediaType", out var mt) ? mt.GetString() ?? "" : "", digest, size, platform);
    }

    public void Dispose() => _files.Dispose();
}
