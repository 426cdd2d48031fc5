using System.Text.Json;
using ContainerSecurity.Images;

namespace ContainerSecurity.Delivery;

/// <summary>
/// Streams one scanned image in `docker save` form — what the SDK itself sends to a daemon, and what every Docker and
/// Podman version loads, with any number of tags. The config and layer blobs are the scanned bytes, so the loaded
/// image id is the scanned config digest.
/// </summary>
public static class DockerSaveWriter
{
    public static async Task WriteAsync(ImageArchive archive, ContainerImage image, IReadOnlyList<string> repoTags, Stream output, CancellationToken ct)
    {
        var tar = new StreamingTarWriter(output);
        var configName = Hex(image.ConfigDescriptor.Digest) + ".json";
        await tar.AddAsync(configName, image.ConfigBytes.Length, new MemoryStream(image.ConfigBytes), ct);
        var layerNames = new List<string>();
        foreach (var layer in image.Layers)
        {
            var name = Hex(layer.Digest) + "/layer.tar";
            if (!layerNames.Contains(name))
            {
                await using var blob = archive.OpenBlob(layer);
                await tar.AddAsync(name, layer.Size, blob, ct);
            }
            layerNames.Add(name);
        }
        var manifest = JsonSerializer.SerializeToUtf8Bytes(new[] { new { Config = configName, RepoTags = repoTags, Layers = layerNames } });
        await tar.AddAsync("manifest.json", manifest.Length, new MemoryStream(manifest), ct);
        await tar.FinishAsync(ct);
    }

    private static string Hex(string digest) => digest["sha256:".Length..];
}
