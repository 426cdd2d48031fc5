using System.Text.Json.Nodes;

namespace ContainerSecurity.Reports;

/// <summary>Builds report JSON without null members: absent values are left out, as the schemas expect.</summary>
internal static class JsonNodes
{
    public static JsonObject Object(params (string Name, JsonNode? Value)[] members)
    {
        var node = new JsonObject();
        foreach (var (name, value) in members)
        {
            if (value is not null)
            {
                node[name] = value;
            }
        }
        return node;
    }

    public static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

    public static JsonArray Strings(IEnumerable<string> items) => new([.. items.Select(i => (JsonNode)JsonValue.Create(i))]);

    /// <summary>Null when the list is empty, so an empty array is never written where the schema wants one item.</summary>
    public static JsonArray? NonEmpty(IEnumerable<JsonNode?> items) => items.ToList() is { Count: > 0 } list ? new JsonArray([.. list]) : null;

    public static JsonValue? Text(string? value) => value is null ? null : JsonValue.Create(value);

    public static string Serialize(JsonNode node) => node.ToJsonString(EngineJson.Options);
}
