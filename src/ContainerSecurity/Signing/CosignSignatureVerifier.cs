using System.Text.Json;

namespace ContainerSecurity.Signing;

/// <summary>What checking an image's cosign signatures found: the key that verified one, or why each failed.</summary>
public sealed record SignatureOutcome(string? VerifiedBy, IReadOnlyList<string> Problems)
{
    public bool Verified => VerifiedBy is not null;
}

/// <summary>
/// Checks the layers of a cosign signature manifest (<c>sha256-HEX.sig</c>): a simple-signing layer whose
/// <c>dev.cosignproject.cosign/signature</c> annotation signs the layer's payload with one of the keys, and whose
/// payload names the image's manifest digest and cosign's signature type.
/// </summary>
public static class CosignSignatureVerifier
{
    /// <summary>A signature manifest with more layers than this is not read further (each layer is one signature).</summary>
    public const int MaxSignatures = 64;
    public const int MaxPayloadBytes = 64 * 1024;

    public static async Task<SignatureOutcome> VerifyAsync(byte[] signatureManifest, string manifestDigest, IReadOnlyList<SignaturePublicKey> keys,
        Func<string, Task<byte[]>> readBlob)
    {
        var problems = new List<string>();
        List<(string Digest, string? Signature)> layers;
        try
        {
            using var document = JsonDocument.Parse(signatureManifest, new JsonDocumentOptions { MaxDepth = 16 });
            layers = document.RootElement.TryGetProperty("layers", out var l) && l.ValueKind == JsonValueKind.Array
                ? l.EnumerateArray().Take(MaxSignatures)
                    .Where(layer => layer.ValueKind == JsonValueKind.Object && Text(layer, "mediaType") == SigstoreAttachment.SimpleSigningMediaType)
                    .Select(layer => (Text(layer, "digest") ?? "", layer.TryGetProperty("annotations", out var a) && a.ValueKind == JsonValueKind.Object ? Text(a, SigstoreAttachment.SignatureAnnotation) : null))
                    .ToList()
                : [];
        }
        catch (JsonException e)
        {
            return new SignatureOutcome(null, [$"the signature manifest is not JSON ({e.Message})"]);
        }
        if (layers.Count == 0)
            return new SignatureOutcome(null, [$"the signature manifest has no {SigstoreAttachment.SimpleSigningMediaType} layer"]);

        foreach (var (digest, signatureText) in layers)
        {
            if (signatureText is null)
            {
                problems.Add($"layer {digest} has no {SigstoreAttachment.SignatureAnnotation} annotation");
                continue;
            }
            byte[] signature;
            try
            {
                signature = Convert.FromBase64String(signatureText);
            }
            catch (FormatException)
            {
                problems.Add($"layer {digest} has a signature that is not base64");
                continue;
            }
            if (!digest.StartsWith("sha256:", StringComparison.Ordinal))
            {
                problems.Add($"layer '{digest}' is not named by a sha256 digest");
                continue;
            }
            var payload = await readBlob(digest);
            var key = keys.FirstOrDefault(k => k.Verifies(payload, signature));
            if (key is null)
            {
                problems.Add($"the signature in layer {digest} does not verify with {string.Join(" or ", keys.Select(k => k.Path))}");
                continue;
            }
            var parsed = SimpleSigningPayload.Parse(payload);
            if (parsed is null)
            {
                problems.Add($"layer {digest} is signed but is not a simple-signing payload");
            }
            else if (parsed.Type != SimpleSigningPayload.CosignType)
            {
                problems.Add($"layer {digest} is signed but its critical.type is '{parsed.Type}', not '{SimpleSigningPayload.CosignType}'");
            }
            else if (!parsed.ManifestDigest.Equals(manifestDigest, StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"layer {digest} signs {parsed.ManifestDigest}, not {manifestDigest}");
            }
            else
            {
                return new SignatureOutcome(key.Path, problems);
            }
        }
        return new SignatureOutcome(null, problems);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
