namespace ContainerSecurity.Vex;

/// <summary>A parsed package URL (pkg:type/namespace/name@version?qualifiers#subpath), its parts percent-decoded.</summary>
public sealed record PackageUrl(string Type, string Namespace, string Name, string? Version, IReadOnlyDictionary<string, string> Qualifiers, string? Subpath)
{
    public static PackageUrl? TryParse(string? text)
    {
        if (text is null || !text.StartsWith("pkg:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var rest = text[4..].TrimStart('/');
        string? subpath = null;
        var hash = rest.IndexOf('#');
        if (hash >= 0)
        {
            subpath = Decode(rest[(hash + 1)..].Trim('/'));
            rest = rest[..hash];
        }
        var qualifiers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var question = rest.IndexOf('?');
        if (question >= 0)
        {
            foreach (var pair in rest[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=');
                if (eq > 0 && eq < pair.Length - 1)
                {
                    qualifiers[pair[..eq]] = Decode(pair[(eq + 1)..]);
                }
            }
            rest = rest[..question];
        }
        string? version = null;
        var at = rest.LastIndexOf('@');
        if (at >= 0 && at > rest.LastIndexOf('/'))
        {
            version = Decode(rest[(at + 1)..]);
            rest = rest[..at];
        }
        var segments = rest.Trim('/').Split('/');
        if (segments.Length < 2 || segments.Any(s => s.Length == 0))
        {
            return null;
        }
        return new PackageUrl(segments[0].ToLowerInvariant(), string.Join('/', segments[1..^1].Select(Decode)), Decode(segments[^1]),
            version is { Length: > 0 } ? version : null, qualifiers, subpath is { Length: > 0 } ? subpath : null);
    }

    /// <summary>
    /// The OpenVEX rule: a statement's purl names every version when it has none, and its qualifiers must all be present
    /// in <paramref name="candidate"/> with the same value (the candidate may have more).
    /// </summary>
    public bool Covers(PackageUrl candidate) =>
        Type == candidate.Type
        && Namespace.Equals(candidate.Namespace, StringComparison.OrdinalIgnoreCase)
        && Name.Equals(candidate.Name, StringComparison.OrdinalIgnoreCase)
        && (Version is null || Version.Equals(candidate.Version, StringComparison.Ordinal))
        && (Subpath is null || Subpath.Equals(candidate.Subpath, StringComparison.Ordinal))
        && Qualifiers.All(q => candidate.Qualifiers.TryGetValue(q.Key, out var value) && value.Equals(q.Value, StringComparison.Ordinal));

    private static string Decode(string value)
    {
        try
        {
            return Uri.UnescapeDataString(value);
        }
        catch (UriFormatException)
        {
            return value;
        }
    }
}
