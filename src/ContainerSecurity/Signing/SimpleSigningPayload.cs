using System.Text;
using System.Text.Json;

namespace ContainerSecurity.Signing;

/// <summary>
/// The "simple signing" payload cosign signs: <c>{"critical":{"identity":{"docker-reference":R},"image":
/// {"docker-manifest-digest":D},"type":"cosign container image signature"},"optional":null}</c>.
/// </summary>
public sealed record SimpleSigningPayload(string DockerReference, string ManifestDigest, string Type)
{
    public const string CosignType = "cosign container image signature";

    /// <summary>The payload exactly as cosign writes it (Go's encoding/json: fields in this order, no spaces).</summary>
    public static byte[] For(string dockerReference, string manifestDigest) => Encoding.UTF8.GetBytes(
        "{\"critical\":{\"identity\":{\"docker-reference\":" + JsonSerializer.Serialize(dockerReference)
        + "},\"image\":{\"docker-manifest-digest\":" + JsonSerializer.Serialize(manifestDigest)
        + "},\"type\":" + JsonSerializer.Serialize(CosignType) + "},\"optional\":null}");

    /// <summary>The payload's critical fields; null when it is not a simple-signing document.</summary>
    public static SimpleSigningPayload? Parse(byte[] payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload, new JsonDocumentOptions { MaxDepth = 16 });
            if (!document.RootElement.TryGetProperty("critical", out var critical) || critical.ValueKind != JsonValueKind.Object)
                return null;
            var reference = critical.TryGetProperty("identity", out var identity) && identity.ValueKind == JsonValueKind.Object
                && identity.TryGetProperty("docker-reference", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "";
            var digest = critical.TryGetProperty("image", out var image) && image.ValueKind == JsonValueKind.Object
                && image.TryGetProperty("docker-manifest-digest", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()! : "";
            var type = critical.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "";
            return new SimpleSigningPayload(reference, digest, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
