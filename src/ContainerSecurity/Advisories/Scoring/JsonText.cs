using System.Text.Json;

namespace ContainerSecurity.Advisories.Scoring;

/// <summary>Reads the free-form <c>ecosystem_specific</c> and <c>database_specific</c> objects of OSV records.</summary>
internal static class JsonText
{
    /// <summary>The trimmed, non-empty string value of <paramref name="name"/>, or null when absent, not a string or not UTF-8.</summary>
    public static string? StringProperty(JsonElement? element, string name)
    {
        if (element is not { ValueKind: JsonValueKind.Object } obj
            || !obj.TryGetProperty(name, out var property)
            || property.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        string? text;
        try
        {
            text = property.GetString()?.Trim();
        }
        catch (InvalidOperationException)
        {
            // Bytes that are not UTF-8 (found by fuzzing): as good as absent.
            return null;
        }
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
