using System.Text.RegularExpressions;

namespace ContainerSecurity.Advisories.Versions;

/// <summary>Semantic Versioning 2.0.0 precedence (§11); build metadata is ignored. A leading 'v' is accepted, as Go tags carry one.</summary>
public sealed partial class SemVerComparer : IVersionComparer
{
    public static SemVerComparer Instance { get; } = new();

    [GeneratedRegex(@"^v?(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(?:-((?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Grammar();

    public int Compare(string a, string b)
    {
        var x = Parse(a);
        var y = Parse(b);
        for (var i = 1; i <= 3; i++)
        {
            var rc = CompareNumeric(x.Groups[i].Value, y.Groups[i].Value);
            if (rc != 0)
                return rc;
        }
        var preA = x.Groups[4];
        var preB = y.Groups[4];
        if (!preA.Success || !preB.Success)
            return preA.Success == preB.Success ? 0 : preA.Success ? -1 : 1;
        var idsA = preA.Value.Split('.');
        var idsB = preB.Value.Split('.');
        for (var i = 0; i < Math.Min(idsA.Length, idsB.Length); i++)
        {
            var rc = CompareIdentifier(idsA[i], idsB[i]);
            if (rc != 0)
                return rc;
        }
        return idsA.Length.CompareTo(idsB.Length);
    }

    public bool IsValid(string version) => Grammar().IsMatch(version);

    private static Match Parse(string version)
    {
        var match = Grammar().Match(version);
        return match.Success ? match : throw new FormatException($"Not a semantic version: '{version}'.");
    }

    private static int CompareIdentifier(string a, string b)
    {
        var numericA = a.All(char.IsAsciiDigit);
        var numericB = b.All(char.IsAsciiDigit);
        if (numericA && numericB)
            return CompareNumeric(a, b);
        if (numericA != numericB)
            return numericA ? -1 : 1;
        return Math.Sign(string.CompareOrdinal(a, b));
    }

    // Numbers of any length: the grammar forbids leading zeros, so the longer one is larger.
    private static int CompareNumeric(string a, string b) =>
        a.Length != b.Length ? a.Length.CompareTo(b.Length) : Math.Sign(string.CompareOrdinal(a, b));
}
