using System.Globalization;
using System.Text.Json;

namespace ContainerSecurity.Vex;

/// <summary>Typed reads of VEX JSON that say which field is wrong instead of throwing the parser's exception.</summary>
internal static class VexJson
{
    public static string? String(JsonElement parent, string name, string where)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw new VexFormatException($"{where}.{name} is not a string");
    }

    public static string RequiredString(JsonElement parent, string name, string where) =>
        String(parent, name, where) is { Length: > 0 } value ? value : throw new VexFormatException($"{where} has no {name}");

    public static IEnumerable<JsonElement> Array(JsonElement parent, string name, string where)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }
        return value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw new VexFormatException($"{where}.{name} is not an array");
    }

    public static DateTimeOffset? Time(JsonElement parent, string name, string where)
    {
        if (String(parent, name, where) is not { Length: > 0 } text)
        {
            return null;
        }
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? time
            : throw new VexFormatException($"{where}.{name} '{text}' is not an RFC 3339 time");
    }

    public static IReadOnlyDictionary<string, string> Strings(JsonElement parent, string name, string where)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return map;
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new VexFormatException($"{where}.{name} is not an object");
        }
        foreach (var property in value.EnumerateObject())
        {
            map[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : throw new VexFormatException($"{where}.{name}.{property.Name} is not a string");
        }
        return map;
    }
}
