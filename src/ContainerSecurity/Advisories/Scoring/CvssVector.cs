namespace ContainerSecurity.Advisories.Scoring;

/// <summary>Splits a CVSS vector ("CVSS:3.1/AV:N/AC:L/...") into its metrics, checking each against the version's allowed values.</summary>
internal static class CvssVector
{
    /// <summary>
    /// The metrics after <paramref name="prefix"/> (none for CVSS v2, which has no prefix), or null when a field is
    /// empty or not "name:value", a metric repeats, or a name or value is not in <paramref name="allowed"/>.
    /// </summary>
    public static Dictionary<string, string>? Parse(
        string vector, string prefix, IReadOnlyDictionary<string, string[]> allowed)
    {
        if (!vector.StartsWith(prefix, StringComparison.Ordinal))
            return null;
        var body = vector[prefix.Length..];
        if (body.Length == 0)
            return null;

        var metrics = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in body.Split('/'))
        {
            var colon = field.IndexOf(':');
            if (colon <= 0 || colon != field.LastIndexOf(':'))
                return null;
            var name = field[..colon];
            var value = field[(colon + 1)..];
            if (!allowed.TryGetValue(name, out var values) || !values.Contains(value, StringComparer.Ordinal))
                return null;
            if (!metrics.TryAdd(name, value))
                return null;
        }
        return metrics;
    }

    /// <summary>True when every metric in <paramref name="required"/> is present.</summary>
    public static bool HasAll(Dictionary<string, string> metrics, IEnumerable<string> required) =>
        required.All(metrics.ContainsKey);
}
