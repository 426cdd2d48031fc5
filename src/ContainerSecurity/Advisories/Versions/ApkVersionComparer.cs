namespace ContainerSecurity.Advisories.Versions;

/// <summary>
/// Alpine's digit{.digit}...{letter}{_suffix{#}}...{-r#} ordering, as apk-tools 2's src/version.c (Alpine up to
/// v3.22, Wolfi, Chainguard; apk-tools 3 is <see cref="ApkTools3VersionComparer"/>):
/// _alpha &lt; _beta &lt; _pre &lt; _rc &lt; no suffix &lt; _cvs &lt; _svn &lt; _git &lt; _hg &lt; _p.
/// </summary>
public sealed class ApkVersionComparer : IVersionComparer
{
    public static ApkVersionComparer Instance { get; } = new();

    private enum Token
    {
        Invalid = -1,
        DigitOrZero,
        Digit,
        Letter,
        Suffix,
        SuffixNo,
        RevisionNo,
        End,
    }

    private static readonly string[] PreSuffixes = ["alpha", "beta", "pre", "rc"];
    private static readonly string[] PostSuffixes = ["cvs", "svn", "git", "hg", "p"];

    public int Compare(string a, string b)
    {
        Token at = Token.Digit, bt = Token.Digit;
        long av = 0, bv = 0;
        int ai = 0, bi = 0;
        while (at == bt && at is not Token.End and not Token.Invalid && av == bv)
        {
            av = GetToken(ref at, a, ref ai);
            bv = GetToken(ref bt, b, ref bi);
        }
        if (av != bv)
            return av < bv ? -1 : 1;
        if (at == bt)
            return 0;

        // Equal so far: the longer version is newer, unless what it has left is a pre-release suffix.
        var tt = at;
        var ti = ai;
        if (at == Token.Suffix && GetToken(ref tt, a, ref ti) < 0)
            return -1;
        tt = bt;
        ti = bi;
        if (bt == Token.Suffix && GetToken(ref tt, b, ref ti) < 0)
            return 1;
        return at > bt ? -1 : 1;
    }

    public bool IsValid(string version)
    {
        var type = Token.Digit;
        var i = 0;
        while (type is not Token.End and not Token.Invalid)
            GetToken(ref type, version, ref i);
        return type == Token.End;
    }

    private static long GetToken(ref Token type, string s, ref int pos)
    {
        if (pos >= s.Length)
        {
            type = Token.End;
            return 0;
        }
        long v = 0;
        var i = pos;
        var next = Token.Invalid;
        switch (type)
        {
            case Token.DigitOrZero when s[i] == '0':
                // A component with leading zeros sorts like a fraction: more zeros, smaller.
                while (i < s.Length && s[i] == '0')
                    i++;
                next = Token.Digit;
                v = pos - i;
                break;
            case Token.DigitOrZero or Token.Digit or Token.SuffixNo or Token.RevisionNo:
                // 64-bit, as in current apk-tools: date-stamped suffixes such as _pre20191002222144 overflow 32 bits.
                while (i < s.Length && char.IsAsciiDigit(s[i]))
                    v = unchecked((v * 10) + (s[i++] - '0'));
                break;
            case Token.Letter:
                v = s[i++];
                break;
            case Token.Suffix:
                var pre = MatchSuffix(PreSuffixes, s.AsSpan(pos));
                if (pre >= 0)
                {
                    v = pre - PreSuffixes.Length;
                    i += PreSuffixes[pre].Length;
                    break;
                }
                var post = MatchSuffix(PostSuffixes, s.AsSpan(pos));
                if (post >= 0)
                {
                    v = post;
                    i += PostSuffixes[post].Length;
                    break;
                }
                type = Token.Invalid;
                return -1;
            default:
                type = Token.Invalid;
                return -1;
        }
        pos = i;
        if (pos >= s.Length)
            type = Token.End;
        else if (next != Token.Invalid)
            type = next;
        else
            NextToken(ref type, s, ref pos);
        return v;
    }

    private static int MatchSuffix(string[] suffixes, ReadOnlySpan<char> rest)
    {
        for (var k = 0; k < suffixes.Length; k++)
        {
            if (rest.StartsWith(suffixes[k], StringComparison.Ordinal))
                return k;
        }
        return -1;
    }

    private static void NextToken(ref Token type, string s, ref int pos)
    {
        var n = Token.Invalid;
        var c = s[pos];
        if (c == '\0')
        {
            n = Token.End;
        }
        else if (type is Token.Digit or Token.DigitOrZero && char.IsAsciiLetterLower(c))
        {
            n = Token.Letter;
        }
        else if (type == Token.Letter && char.IsAsciiDigit(c))
        {
            n = Token.Digit;
        }
        else if (type == Token.Suffix && char.IsAsciiDigit(c))
        {
            n = Token.SuffixNo;
        }
        else
        {
            switch (c)
            {
                case '.':
                    n = Token.DigitOrZero;
                    break;
                case '_':
                    n = Token.Suffix;
                    break;
                case '-' when pos + 1 < s.Length && s[pos + 1] == 'r':
                    n = Token.RevisionNo;
                    pos++;
                    break;
            }
            pos++;
        }

        // Parts only go forward (digits, letter, suffixes, revision), bar the few steps back a version may take.
        if (n < type && !((n == Token.DigitOrZero && type == Token.Digit)
            || (n == Token.Suffix && type == Token.SuffixNo)
            || (n == Token.Digit && type == Token.Letter)))
        {
            n = Token.Invalid;
        }
        type = n;
    }
}
