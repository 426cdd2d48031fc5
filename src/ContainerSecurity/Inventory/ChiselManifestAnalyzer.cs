using System.Text;
using System.Text.Json;
using ZstdSharp;

namespace ContainerSecurity.Inventory;

/// <summary>
/// The manifest chisel writes into Ubuntu chiseled images: a zstd-compressed jsonwall (one JSON object a line, a header first);
/// the "package" entries name every Ubuntu package a slice was cut from (canonical/chisel public/manifest, schema 1.0).
/// </summary>
public sealed class ChiselManifestAnalyzer : IInventoryAnalyzer
{
    private const string ManifestDirectory = "/var/lib/chisel/";
    private const long MaxSize = 64L * 1024 * 1024;
    private static readonly byte[] ZstdMagic = [0x28, 0xB5, 0x2F, 0xFD];

    public string Name => "chisel-manifest";

    public int Version => 2;

    public bool Required(string path, long size) =>
        size <= MaxSize && path.StartsWith(ManifestDirectory, StringComparison.Ordinal) && path.EndsWith("/manifest.wall", StringComparison.Ordinal);

    public void Analyze(string path, ReadOnlyMemory<byte> content, InventoryBuilder inventory)
    {
        var lines = Decompress(path, content).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length == 0)
        {
            throw new InventoryFormatException(path, "the chisel manifest is empty.");
        }
        var schema = HeaderSchema(path, lines[0]);
        if (!schema.StartsWith("1.", StringComparison.Ordinal))
        {
            throw new InventoryFormatException(path, $"chisel manifest schema '{schema}' is not supported (expected 1.x).");
        }
        inventory.NoteSource(path, PackageListFormats.ChiselManifest);
        foreach (var line in lines.Skip(1).Where(l => l.Contains("\"package\"", StringComparison.Ordinal)))
        {
            using var entry = Parse(path, line);
            var root = entry.RootElement;
            if (Text(root, "kind") != "package" || Text(root, "name") is not { } name || Text(root, "version") is not { } version)
            {
                continue;
            }
            inventory.AddPackage(new PackageRecord
            {
                Name = name,
                Version = version,
                Architecture = Text(root, "arch"),
                Type = PackageType.Dpkg,
                FoundAt = path,
                DefaultFamily = OsFamilies.Ubuntu,
            });
        }
    }

    private static string Decompress(string path, ReadOnlyMemory<byte> content)
    {
        if (!content.Span.StartsWith(ZstdMagic))
        {
            return Encoding.UTF8.GetString(content.Span);
        }
        try
        {
            using var zstd = new DecompressionStream(new MemoryStream(content.ToArray(), writable: false));
            using var reader = new StreamReader(zstd, Encoding.UTF8);
            return reader.ReadToEnd();
        }
        catch (Exception e) when (e is ZstdException or IOException)
        {
            throw new InventoryFormatException(path, $"the chisel manifest is not valid zstd: {e.Message}", e);
        }
    }

    private static string HeaderSchema(string path, string headerLine)
    {
        using var header = Parse(path, headerLine);
        if (Text(header.RootElement, "jsonwall") is null)
        {
            throw new InventoryFormatException(path, "the chisel manifest does not start with a jsonwall header.");
        }
        return Text(header.RootElement, "schema") ?? "";
    }

    private static JsonDocument Parse(string path, string line)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new InventoryFormatException(path, $"a chisel manifest line is not JSON: {e.Message}", e);
        }
    }

    private static string? Text(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
