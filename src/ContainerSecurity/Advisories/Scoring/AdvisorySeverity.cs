using ContainerSecurity.Advisories.Osv;

namespace ContainerSecurity.Advisories.Scoring;

/// <summary>The severity of an advisory and where it came from.</summary>
public sealed record SeverityRating(Severity Severity, double? Score, string? Source)
{
    public static SeverityRating Unknown { get; } = new(Severity.Unknown, null, null);
}

/// <summary>Rates an OSV record for one affected package: CVSS vectors, GitHub's label, Ubuntu priority, Debian urgency.</summary>
public static class AdvisorySeverity
{
    /// <summary>
    /// Rates <paramref name="record"/> for <paramref name="affected"/>, taking the first of:
    /// <list type="number">
    /// <item>the distribution's own rating, Ubuntu's priority or Debian's urgency, as that is what the distribution's
    /// users see (and what Trivy reports); <see cref="SeverityRating.Score"/> is then null even when the record also
    /// has a vector, as the score did not decide the severity;</item>
    /// <item>the CVSS base score of the best vector (v4.0, then v3.x, then v2) in the affected entry's
    /// <c>severity</c>, else in the record's, on CVSS's qualitative scale, the vector as the source;</item>
    /// <item>the database's label (GitHub's <c>database_specific.severity</c> and the like);</item>
    /// <item>a vector scoring 0.0, which rates nothing (Unknown) but keeps its score and vector;</item>
    /// <item><see cref="SeverityRating.Unknown"/>.</item>
    /// </list>
    /// </summary>
    public static SeverityRating Resolve(OsvRecord record, OsvAffected affected)
    {
        if (DistributionRating.Find(record, affected) is { } distribution)
            return distribution;

        var cvss = CvssRating.Find(affected.Severity, record.Severity);
        if (cvss is { Severity: not Severity.Unknown })
            return cvss;

        return DatabaseRating.Find(record, affected) ?? cvss ?? SeverityRating.Unknown;
    }
}
