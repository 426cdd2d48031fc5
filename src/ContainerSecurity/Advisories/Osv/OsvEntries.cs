using ContainerSecurity.Advisories.Scoring;

namespace ContainerSecurity.Advisories.Osv;

/// <summary>Turns one OSV record into index entries: one per affected package that has a name and a matchable range.</summary>
public static class OsvEntries
{
    private const int MaxSummaryLength = 200;

    public static IReadOnlyList<AdvisoryEntry> FromRecord(OsvRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Affected is not { Count: > 0 } affectedList)
        {
            return [];
        }

        var aliases = AliasesOf(record);
        var summary = SummaryOf(record);
        var url = UrlOf(record);
        var entries = new List<AdvisoryEntry>(affectedList.Count);
        foreach (var affected in affectedList)
        {
            // JSON null items deserialise as null despite the non-nullable element type.
            if (affected is null || !IsMatchable(affected))
            {
                continue;
            }

            var rating = AdvisorySeverity.Resolve(record, affected);
            entries.Add(new AdvisoryEntry
            {
                Id = record.Id,
                Aliases = aliases,
                Summary = summary,
                Severity = rating.Severity,
                Score = rating.Score,
                SeveritySource = rating.Source,
                Url = url,
                Modified = record.Modified,
                Ecosystem = affected.Package!.Ecosystem ?? "",
                PackageName = affected.Package.Name,
                Ranges = VersionRangesOf(affected),
                Versions = affected.Versions ?? [],
            });
        }

        return entries;
    }

    /// <summary>A named package with an ECOSYSTEM or SEMVER range or an explicit version list; GIT-only ranges name commits.</summary>
    public static bool IsMatchable(OsvAffected affected) =>
        !string.IsNullOrEmpty(affected.Package?.Name)
        && (affected.Ranges?.Any(range => range is not null && IsVersionRange(range)) == true || affected.Versions is { Count: > 0 });

    private static bool IsVersionRange(OsvRange range) =>
        string.Equals(range.Type, "ECOSYSTEM", StringComparison.OrdinalIgnoreCase)
        || string.Equals(range.Type, "SEMVER", StringComparison.OrdinalIgnoreCase);

    private static IReadOnlyList<OsvRange> VersionRangesOf(OsvAffected affected) =>
        affected.Ranges is { } ranges && ranges.All(range => range is not null && IsVersionRange(range))
            ? ranges
            : [.. affected.Ranges?.Where(range => range is not null && IsVersionRange(range)) ?? []];

    private static IReadOnlyList<string> AliasesOf(OsvRecord record)
    {
        var aliases = (record.Aliases ?? []).Concat(record.Upstream ?? [])
            .Where(alias => !string.IsNullOrEmpty(alias) && alias != record.Id)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return aliases.Length == 0 ? [] : aliases;
    }

    private static string? SummaryOf(OsvRecord record)
    {
        var text = !string.IsNullOrWhiteSpace(record.Summary) ? record.Summary : FirstLine(record.Details);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        return text.Length <= MaxSummaryLength ? text : string.Concat(text.AsSpan(0, MaxSummaryLength - 1).TrimEnd(), "…");
    }

    private static string? FirstLine(string? details)
    {
        if (details is null)
        {
            return null;
        }

        var trimmed = details.AsSpan().TrimStart();
        var end = trimmed.IndexOfAny('\r', '\n');
        return (end < 0 ? trimmed : trimmed[..end]).ToString();
    }

    private static string UrlOf(OsvRecord record)
    {
        var references = record.References ?? [];
        var advisory = references.FirstOrDefault(r => r?.Type == "ADVISORY" && !string.IsNullOrEmpty(r.Url))
            ?? references.FirstOrDefault(r => r?.Type == "WEB" && !string.IsNullOrEmpty(r.Url));
        return advisory?.Url ?? "https://osv.dev/vulnerability/" + Uri.EscapeDataString(record.Id);
    }
}
