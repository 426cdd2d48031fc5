using System.Text.Json;

namespace ContainerSecurity.Vex;

/// <summary>Reads a VEX file (bounded in size and depth) and hands it to the reader of its format.</summary>
public static class VexDocumentReader
{
    /// <summary>A VEX document larger than this is refused before it is read: real ones are kilobytes.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <param name="path">The file to read.</param>
    /// <param name="displayName">How reports name the document (its path relative to the project).</param>
    public static VexDocument Read(string path, string displayName)
    {
        byte[] bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > MaxBytes)
            {
                throw new VexFormatException($"it is {stream.Length / (1024 * 1024)} MB, more than the {MaxBytes / (1024 * 1024)} MB a VEX document may have");
            }
            bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new VexFormatException($"it could not be read ({e.Message})");
        }
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException e)
        {
            throw new VexFormatException($"it is not valid JSON ({e.Message})", (int)(e.LineNumber ?? -1) + 1);
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("bomFormat", out var bom) && bom.ValueKind == JsonValueKind.String && bom.GetString() == "CycloneDX")
            {
                return CycloneDxVexReader.Read(root, displayName);
            }
            return OpenVexReader.Read(root, displayName);
        }
    }
}
