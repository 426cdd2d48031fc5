using ContainerSecurity.Findings;
using ContainerSecurity.Images;

namespace ContainerSecurity.Delivery;

/// <summary>Pushes the scanned archive's own blobs and manifest bytes, so the registry serves exactly what was scanned.</summary>
public sealed class RegistryPusher(RegistryClient client)
{
    public async Task<IReadOnlyList<DeliveredImage>> PushAsync(ImageArchive archive, string registry, string repository, IReadOnlyList<string> tags, string? mountFrom, CancellationToken ct)
    {
        var pushed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var image in archive.Images)
        {
            foreach (var blob in image.Layers.Append(image.ConfigDescriptor))
            {
                if (pushed.Add(blob.Digest))
                {
                    await PushBlobAsync(archive, repository, blob, mountFrom, ct);
                }
            }
        }

        var delivered = new List<DeliveredImage>();
        if (archive.IndexBytes is { } index)
        {
            foreach (var image in archive.Images)
            {
                await PutVerifiedAsync(repository, image.ManifestDigest, image.ManifestBytes, image.ManifestMediaType, image.ManifestDigest, ct);
            }
            var indexDigest = Digest.Of(index);
            foreach (var tag in tags)
            {
                await PutVerifiedAsync(repository, tag, index, archive.IndexMediaType!, indexDigest, ct);
                delivered.Add(new DeliveredImage($"{registry}/{repository}:{tag}", indexDigest));
            }
            return delivered;
        }

        foreach (var image in archive.Images)
        {
            foreach (var tag in tags)
            {
                await PutVerifiedAsync(repository, tag, image.ManifestBytes, image.ManifestMediaType, image.ManifestDigest, ct);
                delivered.Add(new DeliveredImage($"{registry}/{repository}:{tag}", image.ManifestDigest));
            }
        }
        return delivered;
    }

    private async Task PushBlobAsync(ImageArchive archive, string repository, Descriptor blob, string? mountFrom, CancellationToken ct)
    {
        if (await client.BlobExistsAsync(repository, blob.Digest, ct))
        {
            return;
        }
        Uri? location;
        if (mountFrom is not null && mountFrom != repository)
        {
            location = await client.TryMountAsync(repository, blob.Digest, mountFrom, ct);
            if (location is null)
            {
                return;
            }
        }
        else
        {
            location = await client.StartUploadAsync(repository, ct);
        }
        await client.UploadAsync(repository, location, blob.Digest, blob.Size, () => archive.OpenBlob(blob), ct);
    }

    private async Task PutVerifiedAsync(string repository, string reference, byte[] bytes, string mediaType, string expectedDigest, CancellationToken ct)
    {
        var digest = await client.PutManifestAsync(repository, reference, bytes, mediaType, ct);
        if (digest != expectedDigest)
        {
            throw new DeliveryException(DiagnosticCodes.DeliveredDigestMismatch,
                $"The registry stored {repository}:{reference} as {digest}, but the scanned image is {expectedDigest}. The registry rewrote the manifest; what it serves is not what was scanned.");
        }
    }
}
