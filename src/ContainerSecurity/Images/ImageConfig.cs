using System.Text.Json;

namespace ContainerSecurity.Images;

/// <summary>The parts of an image configuration the rules read.</summary>
public sealed record ImageConfig
{
    public string? User { get; init; }
    public IReadOnlyList<string> Env { get; init; } = [];
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> ExposedPorts { get; init; } = [];
    public string? Os { get; init; }
    public string? Architecture { get; init; }
    public IReadOnlyList<string> History { get; init; } = [];

    /// <summary>When each history step ran, where the image says (null where it does not), in history order.</summary>
    public IReadOnlyList<DateTimeOffset?> HistoryCreated { get; init; } = [];

    /// <summary>Whether each history step was written by the .NET SDK's container tooling (the app's layer).</summary>
    public IReadOnlyList<bool> HistoryBySdk { get; init; } = [];

    /// <summary>rootfs.diff_ids: the sha256 of each layer uncompressed, in layer order.</summary>
    public IReadOnlyList<string> DiffIds { get; init; } = [];

    public static ImageConfig Parse(byte[] json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var config = root.TryGetProperty("config", out var c) && c.ValueKind == JsonValueKind.Object ? c : default;
            return new ImageConfig
            {
                User = String(config, "User"),
                Env = Strings(config, "Env"),
                Labels = Map(config, "Labels"),
                ExposedPorts = config.ValueKind == JsonValueKind.Object && config.TryGetProperty("ExposedPorts", out var p) && p.ValueKind == JsonValueKind.Object
                    ? p.EnumerateObject().Select(x => x.Name).ToList()
                    : [],
                DiffIds = root.TryGetProperty("rootfs", out var rootfs) ? Strings(rootfs, "diff_ids") : [],
                Os = String(root, "os"),
                Architecture = String(root, "architecture"),
                History = HistoryEntries(root).Select(e => String(e, "created_by") ?? "").ToList(),
                HistoryCreated = HistoryEntries(root).Select(e => DateTimeOffset.TryParse(String(e, "created"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var t) ? t : (DateTimeOffset?)null).ToList(),
                HistoryBySdk = HistoryEntries(root).Select(e => (String(e, "created_by") ?? "").StartsWith(".NET SDK", StringComparison.Ordinal) || String(e, "author") == ".NET SDK").ToList(),
            };
        }
        catch (JsonException e)
        {
            throw new ImageFormatException($"The image configuration is not valid JSON: {e.Message}", e);
        }
    }

    private static IEnumerable<JsonElement> HistoryEntries(JsonElement root) =>
        root.TryGetProperty("history", out var h) && h.ValueKind == JsonValueKind.Array ? h.EnumerateArray() : [];

    private static string? String(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static List<string> Strings(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];

    private static Dictionary<string, string> Map(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object
            ? v.EnumerateObject().Where(x => x.Value.ValueKind == JsonValueKind.String).ToDictionary(x => x.Name, x => x.Value.GetString()!)
            : [];
}
