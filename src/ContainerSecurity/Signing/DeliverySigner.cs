using System.Text;
using System.Text.Json.Nodes;
using ContainerSecurity.Delivery;
using ContainerSecurity.Images;

namespace ContainerSecurity.Signing;

/// <summary>
/// Pushes the cosign signature of a delivered manifest: the simple-signing payload (identity = the pushed repository)
/// as a layer of the manifest at tag sha256-HEX.sig in the same repository, its signature in the layer's annotation.
/// A signature manifest already there keeps its layers (cosign appends too).
/// </summary>
public static class DeliverySigner
{
    private static readonly byte[] EmptyConfig = Encoding.UTF8.GetBytes("{\"architecture\":\"\",\"created\":\"0001-01-01T00:00:00Z\",\"history\":[{\"created\":\"0001-01-01T00:00:00Z\"}],\"os\":\"\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]},\"config\":{}}");

    /// <summary>Signs <paramref name="digest"/> in host/repository and returns the signature's reference (host/repository:sha256-HEX.sig).</summary>
    public static async Task<string> SignAsync(RegistryClient client, string host, string repository, string digest, SigningKey key, CancellationToken ct)
    {
        var payload = SimpleSigningPayload.For($"{host}/{repository}", digest);
        var signature = Convert.ToBase64String(key.Sign(payload));
        var payloadDigest = Digest.Of(payload);
        await Upload(client, repository, payload, ct);
        var tag = SigstoreAttachment.SignatureTag(digest);
        var layer = new JsonObject
        {
            ["mediaType"] = SigstoreAttachment.SimpleSigningMediaType,
            ["size"] = payload.Length,
            ["digest"] = payloadDigest,
            ["annotations"] = new JsonObject { [SigstoreAttachment.SignatureAnnotation] = signature },
        };
        var existing = await client.TryGetManifestAsync(repository, tag, BaseImageSignatureCheck.MaxManifestBytes, ct);
        var layers = new JsonArray();
        if (existing is { } found && JsonNode.Parse(found.Bytes) is JsonObject old && old["layers"] is JsonArray oldLayers)
        {
            foreach (var l in oldLayers.Take(CosignSignatureVerifier.MaxSignatures - 1))
            {
                if (l?["digest"]?.GetValue<string>() == payloadDigest && l["annotations"]?[SigstoreAttachment.SignatureAnnotation]?.GetValue<string>() == signature)
                    continue;
                layers.Add(l?.DeepClone());
            }
        }
        layers.Add(layer);
        var configDigest = Digest.Of(EmptyConfig);
        await Upload(client, repository, EmptyConfig, ct);
        var manifest = new JsonObject
        {
            ["schemaVersion"] = 2,
            ["mediaType"] = MediaTypes.OciManifest,
            ["config"] = new JsonObject { ["mediaType"] = "application/vnd.oci.image.config.v1+json", ["size"] = EmptyConfig.Length, ["digest"] = configDigest },
            ["layers"] = layers,
        };
        await client.PutManifestAsync(repository, tag, Encoding.UTF8.GetBytes(manifest.ToJsonString()), MediaTypes.OciManifest, ct);
        return $"{host}/{repository}:{tag}";
    }

    private static async Task Upload(RegistryClient client, string repository, byte[] bytes, CancellationToken ct)
    {
        var digest = Digest.Of(bytes);
        if (await client.BlobExistsAsync(repository, digest, ct))
            return;
        var location = await client.StartUploadAsync(repository, ct);
        await client.UploadAsync(repository, location, digest, bytes.Length, () => new MemoryStream(bytes), ct);
    }
}
