using ContainerSecurity.Advisories.Versions;

namespace ContainerSecurity.Advisories.Matching;

/// <summary>
/// One CVE is reported once per package even when several records name it (DSA, DLA, DEBIAN-CVE, GHSA, a NuGet feed).
/// Records naming exactly one CVE are keyed by it; records without a CVE join the CVE one of their ids maps to, else stand
/// alone; a bundle naming several CVEs (a DSA fixing three) is dropped when each of its CVEs is already reported.
/// </summary>
public static class AliasMerger
{
    public static IReadOnlyList<MergedAdvisory> Merge(IReadOnlyList<AdvisoryHit> hits)
    {
        if (hits.Count == 0)
        {
            return [];
        }
        var named = hits.Select(h => new Named(h)).ToList();
        var keyOf = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var hit in named.Where(n => n.Cves.Count == 1))
        {
            foreach (var id in hit.Ids)
            {
                keyOf.TryAdd(id, hit.Cves[0]);
            }
        }
        var groups = new Dictionary<string, List<AdvisoryHit>>(StringComparer.OrdinalIgnoreCase);
        // Bundles last: the groups they join must exist by then.
        foreach (var hit in named.OrderBy(n => n.Cves.Count > 1))
        {
            if (hit.Cves.Count > 1 && hit.Cves.All(keyOf.ContainsKey))
            {
                foreach (var cve in hit.Cves)
                {
                    groups[keyOf[cve]].Add(hit.Hit);
                }
                continue;
            }
            var key = hit.Cves.Count switch
            {
                1 => hit.Cves[0],
                0 => hit.Ids.Select(keyOf.GetValueOrDefault).FirstOrDefault(k => k is not null) ?? hit.Ids.FirstOrDefault(IsGhsa) ?? hit.Hit.Entry.Id,
                _ => hit.Hit.Entry.Id,
            };
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [];
            }
            group.Add(hit.Hit);
        }
        var merged = groups.Select(g => new MergedAdvisory(g.Key, g.Value)).ToList();
        merged.Sort((a, b) => b.Lead.Entry.Severity != a.Lead.Entry.Severity ? b.Lead.Entry.Severity.CompareTo(a.Lead.Entry.Severity) : string.CompareOrdinal(a.Id, b.Id));
        return merged;
    }

    private static bool IsGhsa(string id) => id.StartsWith("GHSA-", StringComparison.OrdinalIgnoreCase);

    /// <summary>A hit with its ids worked out once.</summary>
    private sealed class Named
    {
        public Named(AdvisoryHit hit)
        {
            Hit = hit;
            Ids = [hit.Entry.Id, .. hit.Entry.Aliases];
            Cves = Ids.Where(id => id.StartsWith("CVE-", StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        }

        public AdvisoryHit Hit { get; }
        public string[] Ids { get; }
        public List<string> Cves { get; }
    }
}

/// <summary>The records that name one vulnerability of one package.</summary>
public sealed record MergedAdvisory(string Id, IReadOnlyList<AdvisoryHit> Hits)
{
    /// <summary>The record whose rating is reported: the most severe, a known rating before an unknown one.</summary>
    public AdvisoryHit Lead { get; } = Hits.Count == 1 ? Hits[0] : Hits.OrderByDescending(h => h.Entry.Severity).ThenByDescending(h => h.Entry.Score ?? -1).First();

    public IReadOnlyList<string> Aliases => Hits.SelectMany(h => h.Entry.Aliases.Prepend(h.Entry.Id))
        .Where(id => !id.Equals(Id, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();

    /// <summary>The highest fix any record names, so the advice fixes every record; null when none names one.</summary>
    /// <param name="comparer">The installed package's comparer (for Alpine, its release's apk-tools); null compares nothing.</param>
    public string? FixedVersion(IVersionComparer? comparer)
    {
        var fixes = Hits.Select(h => h.FixedVersion).OfType<string>().Distinct().ToList();
        if (fixes.Count <= 1)
        {
            return fixes.FirstOrDefault();
        }
        return comparer is null ? fixes[0] : fixes.Aggregate((a, b) => comparer.Compare(a, b) >= 0 ? a : b);
    }
}
