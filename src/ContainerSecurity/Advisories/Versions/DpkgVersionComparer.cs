namespace ContainerSecurity.Advisories.Versions;

/// <summary>Debian's [epoch:]upstream[-revision] ordering, as dpkg's verrevcmp in lib/dpkg/version.c.</summary>
public sealed class DpkgVersionComparer : IVersionComparer
{
    public static DpkgVersionComparer Instance { get; } = new();

    public int Compare(string a, string b)
    {
        var (epochA, upstreamA, revisionA) = Split(a.Trim());
        var (epochB, upstreamB, revisionB) = Split(b.Trim());
        if (epochA != epochB)
            return epochA < epochB ? -1 : 1;
        var upstream = VerRevCmp(upstreamA, upstreamB);
        return upstream != 0 ? Math.Sign(upstream) : Math.Sign(VerRevCmp(revisionA, revisionB));
    }

    public bool IsValid(string version)
    {
        version = version.Trim();
        if (version.Length == 0 || version.Any(char.IsWhiteSpace))
            return false;
        var colon = version.IndexOf(':');
        if (colon >= 0)
        {
            var epoch = version[..colon];
            if (epoch.Length == 0 || !epoch.All(char.IsAsciiDigit) || !int.TryParse(epoch, out _))
                return false;
        }
        var (_, upstream, revision) = Split(version);
        var hyphen = version.LastIndexOf('-');
        if (upstream.Length == 0 || (hyphen > colon && revision.Length == 0))
            return false;
        if (!char.IsAsciiDigit(upstream[0]))
            return false;
        return upstream.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '+' or '~' or ':')
            && revision.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '+' or '~');
    }

    private static (long Epoch, string Upstream, string Revision) Split(string version)
    {
        long epoch = 0;
        var colon = version.IndexOf(':');
        if (colon >= 0)
        {
            _ = long.TryParse(version.AsSpan(0, colon), out epoch);
            version = version[(colon + 1)..];
        }
        var hyphen = version.LastIndexOf('-');
        return hyphen >= 0 ? (epoch, version[..hyphen], version[(hyphen + 1)..]) : (epoch, version, "");
    }

    // dpkg sorts '~' before everything, even the end of the string, and letters before other symbols.
    private static int Order(char c) => c switch
    {
        _ when char.IsAsciiDigit(c) => 0,
        _ when char.IsAsciiLetter(c) => c,
        '~' => -1,
        '\0' => 0,
        _ => c + 256,
    };

    private static int VerRevCmp(string a, string b)
    {
        int i = 0, j = 0;
        char At(string s, int k) => k < s.Length ? s[k] : '\0';
        while (i < a.Length || j < b.Length)
        {
            var firstDiff = 0;
            while ((i < a.Length && !char.IsAsciiDigit(a[i])) || (j < b.Length && !char.IsAsciiDigit(b[j])))
            {
                var ac = Order(At(a, i));
                var bc = Order(At(b, j));
                if (ac != bc)
                    return ac - bc;
                i++;
                j++;
            }
            while (At(a, i) == '0')
                i++;
            while (At(b, j) == '0')
                j++;
            while (char.IsAsciiDigit(At(a, i)) && char.IsAsciiDigit(At(b, j)))
            {
                if (firstDiff == 0)
                    firstDiff = a[i] - b[j];
                i++;
                j++;
            }
            if (char.IsAsciiDigit(At(a, i)))
                return 1;
            if (char.IsAsciiDigit(At(b, j)))
                return -1;
            if (firstDiff != 0)
                return firstDiff;
        }
        return 0;
    }
}
