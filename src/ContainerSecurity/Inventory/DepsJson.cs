using System.Text.Json;

namespace ContainerSecurity.Inventory;

/// <summary>The parts of a .NET deps.json the inventory reads: the target runtime identifier and the libraries with their types.</summary>
internal sealed record DepsJson(string? RuntimeIdentifier, IReadOnlyList<DepsJson.Library> Libraries)
{
    public sealed record Library(string Name, string Version, string Type);

    /// <exception cref="InventoryFormatException">The content is not a deps.json.</exception>
    public static DepsJson Parse(string path, ReadOnlyMemory<byte> content)
    {
        try
        {
            using var doc = JsonDocument.Parse(content, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InventoryFormatException(path, "a deps.json must be a JSON object.");
            }
            // ".NETCoreApp,Version=v8.0/linux-x64" for a RID-specific app, no slash for a portable one.
            var target = root.TryGetProperty("runtimeTarget", out var t) && t.ValueKind == JsonValueKind.Object && t.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String
                ? n.GetString()
                : null;
            var slash = target?.IndexOf('/') ?? -1;
            var rid = slash >= 0 && slash < target!.Length - 1 ? target[(slash + 1)..] : null;
            return new DepsJson(rid, ReadLibraries(root));
        }
        catch (JsonException e)
        {
            throw new InventoryFormatException(path, $"not valid JSON: {e.Message}", e);
        }
    }

    private static List<Library> ReadLibraries(JsonElement root)
    {
        if (!root.TryGetProperty("libraries", out var libraries) || libraries.ValueKind != JsonValueKind.Object)
        {
            return [];
        }
        var result = new List<Library>();
        foreach (var library in libraries.EnumerateObject())
        {
            var slash = library.Name.LastIndexOf('/');
            if (slash <= 0 || slash == library.Name.Length - 1)
            {
                continue;
            }
            var type = library.Value.ValueKind == JsonValueKind.Object && library.Value.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()!
                : "";
            result.Add(new Library(library.Name[..slash], library.Name[(slash + 1)..], type));
        }
        return result;
    }
}
