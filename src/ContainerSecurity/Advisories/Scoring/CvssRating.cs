using ContainerSecurity.Advisories.Osv;

namespace ContainerSecurity.Advisories.Scoring;

/// <summary>The rating of an advisory's best CVSS vector.</summary>
internal static class CvssRating
{
    /// <summary>
    /// The first list's best rating that rates something (scores above 0.0); else a 0.0 rating (Unknown, with its
    /// score and vector) when one scored; null when no vector scores.
    /// </summary>
    public static SeverityRating? Find(params IReadOnlyList<OsvSeverity>?[] severityLists)
    {
        var ratings = severityLists.Select(Best).OfType<SeverityRating>().ToList();
        return ratings.FirstOrDefault(rating => rating.Severity != Severity.Unknown) ?? ratings.FirstOrDefault();
    }

    /// <summary>
    /// The rating of the newest-version vector that scores (v4.0, then v3.x, then v2) among
    /// <paramref name="severities"/>, the vector as its source; null when none scores.
    /// </summary>
    private static SeverityRating? Best(IReadOnlyList<OsvSeverity>? severities) =>
        (severities ?? [])
            .Select(entry => (Vector: entry.Score.Trim(), entry.Type))
            .Select(entry => (entry.Vector, Rank: VersionRank(entry.Vector), Score: Score(entry.Type, entry.Vector)))
            .Where(candidate => candidate.Score is not null)
            .OrderBy(candidate => candidate.Rank)
            .Select(candidate => new SeverityRating(SeverityOf(candidate.Score!.Value), candidate.Score, candidate.Vector))
            .FirstOrDefault();

    /// <summary>CVSS's qualitative scale: 0.1-3.9 Low, 4.0-6.9 Medium, 7.0-8.9 High, 9.0-10.0 Critical; 0.0 is no rating.</summary>
    public static Severity SeverityOf(double score) => score switch
    {
        >= 9.0 => Severity.Critical,
        >= 7.0 => Severity.High,
        >= 4.0 => Severity.Medium,
        > 0.0 => Severity.Low,
        _ => Severity.Unknown,
    };

    private static int VersionRank(string vector) => vector switch
    {
        _ when vector.StartsWith("CVSS:4.", StringComparison.Ordinal) => 0,
        _ when vector.StartsWith("CVSS:3.", StringComparison.Ordinal) => 1,
        _ => 2,
    };

    private static double? Score(string type, string vector) => type.ToUpperInvariant() switch
    {
        "CVSS_V4" => Cvss4.Score(vector),
        "CVSS_V3" => Cvss3.BaseScore(vector),
        "CVSS_V2" => Cvss2.BaseScore(vector),
        _ => null,
    };
}
