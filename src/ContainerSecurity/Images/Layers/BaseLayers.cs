using System.Text.Json;

namespace ContainerSecurity.Images.Layers;

/// <summary>
/// Which layers came with the base image. The .NET SDK adds exactly one layer per build and one history entry for it
/// (author ".NET SDK", created_by ".NET SDK Container Tooling, version ..."). Mapping the non-empty history entries to
/// the layers in order, the layer of the last such entry and every layer after it are the app's. Without one, or when
/// the history does not describe every layer, every layer but the last is the base image's.
/// </summary>
internal static class BaseLayers
{
    public static bool[] Classify(byte[] configBytes, int layerCount)
    {
        var firstAppLayer = SdkLayer(configBytes, layerCount) ?? Math.Max(layerCount - 1, 0);
        var isBase = new bool[layerCount];
        for (var i = 0; i < firstAppLayer; i++)
        {
            isBase[i] = true;
        }
        return isBase;
    }

    private static int? SdkLayer(byte[] configBytes, int layerCount)
    {
        try
        {
            using var doc = JsonDocument.Parse(configBytes);
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty("history", out var history) || history.ValueKind != JsonValueKind.Array)
            {
                return null;
            }
            var layer = 0;
            int? sdkLayer = null;
            foreach (var entry in history.EnumerateArray())
            {
                if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("empty_layer", out var empty) && empty.ValueKind == JsonValueKind.True)
                {
                    continue;
                }
                if (IsWrittenBySdk(entry))
                {
                    // The SDK pads a base image's missing history with copies of its own entry, so only the last one is its layer.
                    sdkLayer = layer;
                }
                layer++;
            }
            return layer == layerCount ? sdkLayer : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool IsWrittenBySdk(JsonElement entry) =>
        entry.ValueKind == JsonValueKind.Object
        && (String(entry, "author") == ".NET SDK" || String(entry, "created_by")?.StartsWith(".NET SDK", StringComparison.Ordinal) == true);

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
