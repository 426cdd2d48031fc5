using System.Text.Json;

namespace ContainerSecurity.Inventory;

/// <summary>npm packages installed in the image: the name and version of each node_modules/NAME/package.json.</summary>
public sealed class NpmPackageAnalyzer : IInventoryAnalyzer
{
    private const long MaxSize = 4L * 1024 * 1024;

    public string Name => "npm";

    public int Version => 1;

    public bool Required(string path, long size) => size <= MaxSize && LanguagePackageFiles.IsNpmManifest(path);

    public void Analyze(string path, ReadOnlyMemory<byte> content, InventoryBuilder inventory)
    {
        string? name, version;
        try
        {
            // npm and Node accept a UTF-8 byte order mark; JsonDocument does not.
            var json = content.Span.StartsWith("\uFEFF"u8) ? content[3..] : content;
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InventoryFormatException(path, "package.json is not a JSON object.");
            }
            name = Text(document.RootElement, "name");
            version = Text(document.RootElement, "version");
        }
        catch (JsonException e)
        {
            throw new InventoryFormatException(path, $"package.json is not valid JSON ({e.Message}).", e);
        }
        catch (InvalidOperationException e)
        {
            throw new InventoryFormatException(path, $"package.json holds text that is not UTF-8 ({e.Message}).", e);
        }
        // Folders such as node_modules/.bin or a package's test fixtures can hold a package.json without both.
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(version))
        {
            return;
        }
        inventory.AddPackage(new PackageRecord { Name = name.Trim(), Version = version.Trim(), Type = PackageType.Npm, FoundAt = path });
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
