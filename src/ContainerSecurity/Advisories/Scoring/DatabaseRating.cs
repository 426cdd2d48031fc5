using ContainerSecurity.Advisories.Osv;

namespace ContainerSecurity.Advisories.Scoring;

/// <summary>
/// A database's own label: GitHub's <c>database_specific.severity</c> on GHSA records (LOW, MODERATE, HIGH, CRITICAL),
/// and the same field in the affected entry's <c>database_specific</c> or <c>ecosystem_specific</c> where other
/// databases put it, with Red Hat's words (Low, Moderate, Important, Critical) as their rebuilds use them.
/// </summary>
internal static class DatabaseRating
{
    public static SeverityRating? Find(OsvRecord record, OsvAffected affected)
    {
        var label = JsonText.StringProperty(affected.EcosystemSpecific, "severity")
            ?? JsonText.StringProperty(affected.DatabaseSpecific, "severity")
            ?? JsonText.StringProperty(record.DatabaseSpecific, "severity");
        if (label is null)
            return null;
        Severity? severity = label.ToUpperInvariant() switch
        {
            "LOW" => Severity.Low,
            "MODERATE" or "MEDIUM" => Severity.Medium,
            "HIGH" or "IMPORTANT" => Severity.High,
            "CRITICAL" => Severity.Critical,
            _ => null,
        };
        return severity is { } rated ? new SeverityRating(rated, null, $"{Publisher(record.Id)}: {label}") : null;
    }

    /// <summary>"GitHub" for GHSA records, else the id's prefix ("ALSA" of "ALSA-2024:1234").</summary>
    private static string Publisher(string id)
    {
        if (id.StartsWith("GHSA-", StringComparison.OrdinalIgnoreCase))
            return "GitHub";
        var dash = id.IndexOf('-');
        return dash > 0 ? id[..dash] : "Database";
    }
}
