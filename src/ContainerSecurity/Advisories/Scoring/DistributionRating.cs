using System.Text.Json;
using ContainerSecurity.Advisories.Osv;

namespace ContainerSecurity.Advisories.Scoring;

/// <summary>A distribution's own rating of an advisory: Ubuntu's priority, Debian's urgency.</summary>
internal static class DistributionRating
{
    /// <summary>
    /// Ubuntu's priority from a <c>{"type": "Ubuntu", "score": "medium"}</c> severity entry (the affected entry's,
    /// else the record's), or Debian's urgency from the affected entry's <c>ecosystem_specific.urgency</c>
    /// (DEBIAN-CVE records, one per release); null when neither is there or the value is no rating ("untriaged",
    /// "not yet assigned", "end-of-life").
    /// </summary>
    public static SeverityRating? Find(OsvRecord record, OsvAffected affected) =>
        UbuntuPriority(affected.Severity) ?? UbuntuPriority(record.Severity) ?? DebianUrgency(affected.EcosystemSpecific);

    private static SeverityRating? UbuntuPriority(IReadOnlyList<OsvSeverity>? severities)
    {
        var entry = severities?.FirstOrDefault(s => s.Type.Equals("Ubuntu", StringComparison.OrdinalIgnoreCase));
        if (entry is null)
            return null;
        var priority = entry.Score.Trim();
        Severity? severity = priority.ToLowerInvariant() switch
        {
            "negligible" or "low" => Severity.Low,
            "medium" => Severity.Medium,
            "high" => Severity.High,
            "critical" => Severity.Critical,
            _ => null,
        };
        return severity is { } rated ? new SeverityRating(rated, null, $"Ubuntu priority: {priority}") : null;
    }

    private static SeverityRating? DebianUrgency(JsonElement? specific)
    {
        if (JsonText.StringProperty(specific, "urgency") is not { } urgency)
            return null;
        // The tracker marks an urgency it derived rather than assigned with "**" ("low**"); the level is the same.
        Severity? severity = urgency.TrimEnd('*').ToLowerInvariant() switch
        {
            "unimportant" or "low" => Severity.Low,
            "medium" => Severity.Medium,
            "high" => Severity.High,
            _ => null,
        };
        return severity is { } rated ? new SeverityRating(rated, null, $"Debian urgency: {urgency}") : null;
    }
}
