using System.Text.Json;
using System.Text.Json.Serialization;

namespace ContainerSecurity.Advisories.Osv;

/// <summary>One OSV record as published (ossf/osv-schema 1.6), with the fields matching and reporting use.</summary>
public sealed record OsvRecord
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("aliases")] public IReadOnlyList<string>? Aliases { get; init; }
    [JsonPropertyName("upstream")] public IReadOnlyList<string>? Upstream { get; init; }
    [JsonPropertyName("related")] public IReadOnlyList<string>? Related { get; init; }
    [JsonPropertyName("modified")] public DateTimeOffset? Modified { get; init; }
    [JsonPropertyName("published")] public DateTimeOffset? Published { get; init; }
    [JsonPropertyName("withdrawn")] public DateTimeOffset? Withdrawn { get; init; }
    [JsonPropertyName("summary")] public string? Summary { get; init; }
    [JsonPropertyName("details")] public string? Details { get; init; }
    [JsonPropertyName("severity")] public IReadOnlyList<OsvSeverity>? Severity { get; init; }
    [JsonPropertyName("affected")] public IReadOnlyList<OsvAffected>? Affected { get; init; }
    [JsonPropertyName("references")] public IReadOnlyList<OsvReference>? References { get; init; }
    [JsonPropertyName("database_specific")] public JsonElement? DatabaseSpecific { get; init; }
}

public sealed record OsvSeverity
{
    /// <summary>CVSS_V2, CVSS_V3, CVSS_V4, Ubuntu.</summary>
    [JsonPropertyName("type")] public string Type { get; init; } = "";
    [JsonPropertyName("score")] public string Score { get; init; } = "";
}

public sealed record OsvAffected
{
    [JsonPropertyName("package")] public OsvPackage? Package { get; init; }
    [JsonPropertyName("severity")] public IReadOnlyList<OsvSeverity>? Severity { get; init; }
    [JsonPropertyName("ranges")] public IReadOnlyList<OsvRange>? Ranges { get; init; }
    [JsonPropertyName("versions")] public IReadOnlyList<string>? Versions { get; init; }
    [JsonPropertyName("ecosystem_specific")] public JsonElement? EcosystemSpecific { get; init; }
    [JsonPropertyName("database_specific")] public JsonElement? DatabaseSpecific { get; init; }
}

public sealed record OsvPackage
{
    [JsonPropertyName("ecosystem")] public string Ecosystem { get; init; } = "";
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("purl")] public string? Purl { get; init; }
}

public sealed record OsvRange
{
    /// <summary>ECOSYSTEM, SEMVER or GIT (GIT ranges name commits and are not matched against package versions).</summary>
    [JsonPropertyName("type")] public string Type { get; init; } = "";
    [JsonPropertyName("events")] public IReadOnlyList<OsvEvent>? Events { get; init; }
}

public sealed record OsvEvent
{
    [JsonPropertyName("introduced")] public string? Introduced { get; init; }
    [JsonPropertyName("fixed")] public string? Fixed { get; init; }
    [JsonPropertyName("last_affected")] public string? LastAffected { get; init; }
    [JsonPropertyName("limit")] public string? Limit { get; init; }
}

public sealed record OsvReference
{
    [JsonPropertyName("type")] public string Type { get; init; } = "";
    [JsonPropertyName("url")] public string Url { get; init; } = "";
}
