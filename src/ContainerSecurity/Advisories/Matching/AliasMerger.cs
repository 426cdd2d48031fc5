using ContainerSecurity.Inventory;

namespace ContainerSecurity.Advisories;

/// <summary>
/// One CVE is reported once per package even when several records name it (DSA, DLA, DEBIAN-CVE, GHSA, a NuGet feed).
/// Records naming exactly one CVE are keyed by it; records without a CVE join the CVE one of their ids maps to, else stand
/// alone; a bundle naming several CVEs (a DSA fixing three) is dropped when each of its CVEs is already reported.
/// </summary>
public static class AliasMerger
{
    public static IReadOnlyList<MergedAdvisory> Merge(IReadOnlyList<AdvisoryHit> hits)
    {
        var keyOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var hit in hits)
        {
            if (Cves(hit) is [var cve])
            {
                foreach (var id in Ids(hit))
                {
                    keyOf.TryAdd(id, cve);
                }
            }
        }
        var groups = new Dictionary<string, List<AdvisoryHit>>(StringComparer.OrdinalIgnoreCase);
        // Bundles last: the groups they join must exist by then.
        foreach (var hit in hits.OrderBy(h => Cves(h).Count > 1))
        {
            var cves = Cves(hit);
            string? key = cves.Count switch
            {
                1 => cves[0],
                0 => Ids(hit).Select(id => keyOf.GetValueOrDefault(id)).FirstOrDefault(k => k is not null) ?? Ids(hit).FirstOrDefault(IsGhsa) ?? hit.Entry.Id,
                _ => cves.All(keyOf.ContainsKey) ? null : hit.Entry.Id,
            };
            if (key is null)
            {
                foreach (var cve in cves)
                {
                    groups[keyOf[cve]].Add(hit);
                }
                continue;
            }
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [];
            }
            group.Add(hit);
        }
        return groups.Select(g => new MergedAdvisory(g.Key, g.Value)).OrderByDescending(m => m.Lead.Entry.Severity).ThenBy(m => m.Id, StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> Ids(AdvisoryHit hit) => hit.Entry.Aliases.Prepend(hit.Entry.Id);

    private static List<string> Cves(AdvisoryHit hit) =>
        Ids(hit).Where(id => id.StartsWith("CVE-", StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static bool IsGhsa(string id) => id.StartsWith("GHSA-", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The records that name one vulnerability of one package.</summary>
public sealed record MergedAdvisory(string Id, IReadOnlyList<AdvisoryHit> Hits)
{
    /// <summary>The record whose rating is reported: the most severe, a known rating before an unknown one.</summary>
    public AdvisoryHit Lead { get; } = Hits.OrderByDescending(h => h.Entry.Severity).ThenByDescending(h => h.Entry.Score ?? -1).First();

    public IReadOnlyList<string> Aliases { get; } = Hits.SelectMany(h => h.Entry.Aliases.Prepend(h.Entry.Id))
        .Where(id => !id.Equals(Id, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();

    /// <summary>The highest fix any record names, so the advice fixes every record; null when none names one.</summary>
    public string? FixedVersion(Package package)
    {
        var fixes = Hits.Select(h => h.FixedVersion).OfType<string>().Distinct().ToList();
        if (fixes.Count <= 1)
        {
            return fixes.FirstOrDefault();
        }
        var comparer = VersionComparers.For(package.Ecosystem);
        return comparer is null ? fixes[0] : fixes.Aggregate((a, b) => comparer.Compare(a, b) >= 0 ? a : b);
    }
}
