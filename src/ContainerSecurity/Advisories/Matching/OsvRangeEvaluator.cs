using ContainerSecurity.Advisories.Osv;
using ContainerSecurity.Advisories.Versions;

namespace ContainerSecurity.Advisories.Matching;

/// <summary>
/// OSV's affected-range semantics (ossf/osv-schema, "Evaluation"): events sorted by version, introduced opens,
/// fixed closes at the fix, last_affected closes after it, limit caps the whole range; explicit versions always count.
/// </summary>
public static class OsvRangeEvaluator
{
    /// <summary>Whether <paramref name="version"/> is affected; <paramref name="fixedVersion"/> is the fix that ends the affecting interval, if any.</summary>
    public static bool IsAffected(AdvisoryEntry entry, string version, IVersionComparer comparer, out string? fixedVersion)
    {
        fixedVersion = null;
        foreach (var range in entry.Ranges)
        {
            if (IsAffected(range, version, comparer, out var fix))
            {
                fixedVersion = fix;
                return true;
            }
        }
        return entry.Versions.Any(v => v == version || (comparer.IsValid(v) && comparer.Compare(v, version) == 0));
    }

    public static bool IsAffected(OsvRange range, string version, IVersionComparer comparer, out string? fixedVersion)
    {
        fixedVersion = null;
        if (range.Type is not ("ECOSYSTEM" or "SEMVER") || range.Events is not { Count: > 0 } events)
        {
            return false;
        }
        var limits = events.Where(e => e.Limit is not null).Select(e => e.Limit!).ToList();
        if (limits.Count > 0 && !limits.Any(limit => limit == "*" || comparer.Compare(version, limit) < 0))
        {
            return false;
        }
        var affected = false;
        foreach (var (kind, at) in Sorted(events, comparer))
        {
            switch (kind)
            {
                case EventKind.Introduced when IsZero(at) || comparer.Compare(version, at) >= 0:
                    affected = true;
                    fixedVersion = null;
                    break;
                case EventKind.Fixed when comparer.Compare(version, at) >= 0:
                    affected = false;
                    break;
                case EventKind.Fixed when affected && fixedVersion is null:
                    fixedVersion = at;
                    break;
                case EventKind.LastAffected when comparer.Compare(version, at) > 0:
                    affected = false;
                    break;
            }
        }
        if (!affected)
        {
            fixedVersion = null;
        }
        return affected;
    }

    private enum EventKind { Introduced, Fixed, LastAffected }

    private static IEnumerable<(EventKind Kind, string Version)> Sorted(IReadOnlyList<OsvEvent> events, IVersionComparer comparer)
    {
        var list = new List<(EventKind Kind, string Version)>();
        foreach (var e in events)
        {
            if (e.Introduced is { } i) list.Add((EventKind.Introduced, i));
            if (e.Fixed is { } f) list.Add((EventKind.Fixed, f));
            if (e.LastAffected is { } l) list.Add((EventKind.LastAffected, l));
        }
        // "0" sorts before every version; at equal versions an introduced event comes first, so
        // introduced X / fixed X is an empty interval, not an open one.
        var order = Comparer<(EventKind Kind, string Version)>.Create((a, b) =>
        {
            var za = a.Kind == EventKind.Introduced && IsZero(a.Version);
            var zb = b.Kind == EventKind.Introduced && IsZero(b.Version);
            if (za || zb)
            {
                return za == zb ? 0 : za ? -1 : 1;
            }
            var byVersion = comparer.Compare(a.Version, b.Version);
            return byVersion != 0 ? byVersion : a.Kind.CompareTo(b.Kind);
        });
        // Nearly every record lists "introduced 0, fixed X": already in order, nothing to sort.
        if (list.Count == 2 && list[0].Kind == EventKind.Introduced && IsZero(list[0].Version))
        {
            return list;
        }
        list.Sort(order);
        return list;
    }

    private static bool IsZero(string version) => version == "0";
}
