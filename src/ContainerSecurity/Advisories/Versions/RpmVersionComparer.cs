namespace ContainerSecurity.Advisories.Versions;

/// <summary>
/// RPM's [epoch:]version[-release] ordering: rpmvercmp from rpmio/rpmvercmp.c on each part, the release
/// a missing one older than any (as rpm's rpmverCmp in rpmio/rpmver.c).
/// </summary>
public sealed class RpmVersionComparer : IVersionComparer
{
    public static RpmVersionComparer Instance { get; } = new();

    public int Compare(string a, string b)
    {
        var (epochA, versionA, releaseA) = Split(a);
        var (epochB, versionB, releaseB) = Split(b);
        var rc = RpmVerCmp(epochA ?? "0", epochB ?? "0");
        if (rc == 0)
        {
            rc = RpmVerCmp(versionA, versionB);
            if (rc == 0)
            {
                rc = releaseA is null || releaseB is null
                    ? (releaseA is not null).CompareTo(releaseB is not null)
                    : RpmVerCmp(releaseA, releaseB);
            }
        }
        return rc;
    }

    public bool IsValid(string version)
    {
        if (version.Length == 0 || version.Any(char.IsWhiteSpace))
            return false;
        var (_, ver, release) = Split(version);
        return ver.Length > 0 && release is not { Length: 0 }
            && ver.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '+' or '~' or '^')
            && (release ?? "").All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '+' or '~' or '^');
    }

    private static (string? Epoch, string Version, string? Release) Split(string evr)
    {
        var digits = 0;
        while (digits < evr.Length && char.IsAsciiDigit(evr[digits]))
            digits++;
        string? epoch = null;
        var rest = evr;
        if (digits < evr.Length && evr[digits] == ':')
        {
            epoch = digits == 0 ? "0" : evr[..digits];
            rest = evr[(digits + 1)..];
        }
        var hyphen = rest.LastIndexOf('-');
        return hyphen >= 0 ? (epoch, rest[..hyphen], rest[(hyphen + 1)..]) : (epoch, rest, null);
    }

    private static bool IsSeparator(char c) => !char.IsAsciiLetterOrDigit(c) && c is not '~' and not '^';

    private static int RpmVerCmp(string a, string b)
    {
        if (a == b)
            return 0;
        int one = 0, two = 0;
        while (one < a.Length || two < b.Length)
        {
            while (one < a.Length && IsSeparator(a[one]))
                one++;
            while (two < b.Length && IsSeparator(b[two]))
                two++;
            var ca = one < a.Length ? a[one] : '\0';
            var cb = two < b.Length ? b[two] : '\0';

            // '~' sorts before everything, the end of the string included.
            if (ca == '~' || cb == '~')
            {
                if (ca != '~')
                    return 1;
                if (cb != '~')
                    return -1;
                one++;
                two++;
                continue;
            }

            // '^' sorts after the end of the string but before anything else.
            if (ca == '^' || cb == '^')
            {
                if (ca == '\0')
                    return -1;
                if (cb == '\0')
                    return 1;
                if (ca != '^')
                    return 1;
                if (cb != '^')
                    return -1;
                one++;
                two++;
                continue;
            }

            if (ca == '\0' || cb == '\0')
                break;

            int endA = one, endB = two;
            var isNumber = char.IsAsciiDigit(ca);
            Func<char, bool> inSegment = isNumber ? char.IsAsciiDigit : char.IsAsciiLetter;
            while (endA < a.Length && inSegment(a[endA]))
                endA++;
            while (endB < b.Length && inSegment(b[endB]))
                endB++;

            // A numeric segment is newer than an alphabetic one.
            if (endB == two)
                return isNumber ? 1 : -1;

            var segA = a.AsSpan(one, endA - one);
            var segB = b.AsSpan(two, endB - two);
            int rc;
            if (isNumber)
            {
                segA = segA.TrimStart('0');
                segB = segB.TrimStart('0');
                rc = segA.Length != segB.Length ? segA.Length.CompareTo(segB.Length) : segA.SequenceCompareTo(segB);
            }
            else
            {
                rc = segA.SequenceCompareTo(segB);
            }
            if (rc != 0)
                return rc < 0 ? -1 : 1;
            one = endA;
            two = endB;
        }
        if (one >= a.Length && two >= b.Length)
            return 0;
        return one >= a.Length ? -1 : 1;
    }
}
