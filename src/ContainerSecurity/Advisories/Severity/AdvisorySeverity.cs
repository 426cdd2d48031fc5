using ContainerSecurity.Advisories.Osv;

namespace ContainerSecurity.Advisories;

/// <summary>The severity of an advisory and where it came from.</summary>
public sealed record SeverityRating(Severity Severity, double? Score, string? Source)
{
    public static SeverityRating Unknown { get; } = new(Severity.Unknown, null, null);
}

/// <summary>Rates an OSV record for one affected package: CVSS vectors, GitHub's label, Ubuntu priority, Debian urgency.</summary>
public static class AdvisorySeverity
{
    // STUB: replaced by the severity work.
    public static SeverityRating Resolve(OsvRecord record, OsvAffected affected) => SeverityRating.Unknown;
}
