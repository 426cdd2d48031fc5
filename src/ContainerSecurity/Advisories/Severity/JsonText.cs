using System.Text.Json;

namespace ContainerSecurity.Advisories;

/// <summary>Reads the free-form <c>ecosystem_specific</c> and <c>database_specific</c> objects of OSV records.</summary>
internal static class JsonText
{
    /// <summary>The trimmed, non-empty string value of <paramref name="name"/>, or null when absent or not a string.</summary>
    public static string? StringProperty(JsonElement? element, string name)
    {
        if (element is not { ValueKind: JsonValueKind.Object } obj
            || !obj.TryGetProperty(name, out var property)
            || property.ValueKind != JsonValueKind.String)
            return null;
        var text = property.GetString()?.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }
}
