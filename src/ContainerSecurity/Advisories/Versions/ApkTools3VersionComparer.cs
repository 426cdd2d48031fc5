namespace ContainerSecurity.Advisories.Versions;

/// <summary>
/// Alpine's version ordering as apk-tools 3 (Alpine 3.23 and later) has it:
/// digit{.digit}...{letter}{_suffix{#}}...{~hash}{-r#}. Unlike apk-tools 2 (<see cref="ApkVersionComparer"/>), a
/// component after the first that starts with 0 is compared as a string (8.2.0 &lt; 8.2.001, 8.2.0015 &lt; 8.2.002), so
/// a zero component followed by a suffix orders like any other (6.0_pre1 &lt; 6.0); a ~hash (commit) part is compared
/// as a string and sits between the suffixes and the revision (1.0~1234 &lt; 1.0~2345).
/// Suffixes: _alpha &lt; _beta &lt; _pre &lt; _rc &lt; none &lt; _cvs &lt; _svn &lt; _git &lt; _hg &lt; _p.
/// </summary>
public sealed class ApkTools3VersionComparer : IVersionComparer
{
    public static ApkTools3VersionComparer Instance { get; } = new();

    /// <summary>The parts of a version, in the order they may follow each other.</summary>
    private enum Token
    {
        InitialDigit,
        Digit,
        Letter,
        Suffix,
        SuffixNo,
        CommitHash,
        RevisionNo,
        End,
        Invalid,
    }

    /// <summary>Suffix ranks: the pre-release ones below <see cref="NoSuffix"/>, the post-release ones above.</summary>
    private static readonly Dictionary<string, int> Suffixes = new(StringComparer.Ordinal)
    {
        ["alpha"] = 1, ["beta"] = 2, ["pre"] = 3, ["rc"] = 4,
        ["cvs"] = 6, ["svn"] = 7, ["git"] = 8, ["hg"] = 9, ["p"] = 10,
    };

    private const int NoSuffix = 5;

    /// <summary>One parsed part: its kind, its number (digits), its suffix rank, and its text (the digits, letter or hash).</summary>
    private struct Part
    {
        public Token Token;
        public int Suffix;
        public ulong Number;
        public int Start;
        public int Length;
    }

    public int Compare(string a, string b)
    {
        int ai = 0, bi = 0;
        var pa = First(a, ref ai);
        var pb = First(b, ref bi);
        while (pa.Token == pb.Token && pa.Token < Token.End)
        {
            var r = ComparePart(pa, a, pb, b);
            if (r != 0)
                return r;
            Next(ref pa, a, ref ai);
            Next(ref pb, b, ref bi);
        }
        if (pa.Token == pb.Token)
            return 0;
        // Equal so far: the longer version is newer, unless what it has left is a pre-release suffix.
        if (pa.Token == Token.Suffix && pa.Suffix < NoSuffix)
            return -1;
        if (pb.Token == Token.Suffix && pb.Suffix < NoSuffix)
            return 1;
        return pa.Token > pb.Token ? -1 : 1;
    }

    public bool IsValid(string version)
    {
        var i = 0;
        var part = First(version, ref i);
        while (part.Token < Token.End)
            Next(ref part, version, ref i);
        return part.Token == Token.End;
    }

    private static int ComparePart(Part pa, string a, Part pb, string b)
    {
        switch (pa.Token)
        {
            case Token.Digit when a[pa.Start] == '0' || b[pb.Start] == '0':
            case Token.CommitHash:
                // A leading zero makes the component a string, as in Gentoo's rules; a commit hash is one too.
                return TextOrder(a.AsSpan(pa.Start, pa.Length), b.AsSpan(pb.Start, pb.Length));
            case Token.Digit or Token.InitialDigit or Token.SuffixNo or Token.RevisionNo:
                return pa.Number.CompareTo(pb.Number);
            case Token.Letter:
                return a[pa.Start].CompareTo(b[pb.Start]);
            case Token.Suffix:
                return pa.Suffix.CompareTo(pb.Suffix);
            default:
                return TextOrder(a.AsSpan(pa.Start, pa.Length), b.AsSpan(pb.Start, pb.Length));
        }
    }

    /// <summary>Byte order over the common length, then the shorter first.</summary>
    private static int TextOrder(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var common = a[..Math.Min(a.Length, b.Length)].SequenceCompareTo(b[..Math.Min(a.Length, b.Length)]);
        return common != 0 ? Math.Sign(common) : a.Length.CompareTo(b.Length);
    }

    private static Part First(string s, ref int pos)
    {
        var part = new Part { Token = Token.InitialDigit };
        Digits(ref part, s, ref pos);
        return part;
    }

    private static void Digits(ref Part part, string s, ref int pos)
    {
        part.Start = pos;
        ulong number = 0;
        while (pos < s.Length && char.IsAsciiDigit(s[pos]))
            number = unchecked((number * 10) + (ulong)(s[pos++] - '0'));
        part.Number = number;
        part.Length = pos - part.Start;
        if (part.Length == 0)
            part.Token = Token.Invalid;
    }

    /// <summary>Reads the part after <paramref name="part"/>, checking that it may follow it.</summary>
    private static void Next(ref Part part, string s, ref int pos)
    {
        if (pos >= s.Length)
        {
            part.Token = Token.End;
            return;
        }
        var c = s[pos];
        switch (c)
        {
            case >= 'a' and <= 'z' when part.Token <= Token.Digit:
                part.Token = Token.Letter;
                part.Start = pos++;
                part.Length = 1;
                return;
            case '.' or (>= '0' and <= '9'):
                if (c == '.')
                {
                    if (part.Token > Token.Digit)
                        break;
                    pos++;
                }
                if (part.Token is Token.InitialDigit or Token.Digit)
                    part.Token = Token.Digit;
                else if (part.Token == Token.Suffix)
                    part.Token = Token.SuffixNo;
                else
                    break;
                Digits(ref part, s, ref pos);
                return;
            case '_' when part.Token <= Token.SuffixNo:
                pos++;
                var start = pos;
                while (pos < s.Length && char.IsAsciiLetterLower(s[pos]))
                    pos++;
                if (!Suffixes.TryGetValue(s[start..pos], out var rank))
                    break;
                part.Token = Token.Suffix;
                part.Suffix = rank;
                part.Start = start;
                part.Length = pos - start;
                return;
            case '~' when part.Token < Token.CommitHash:
                pos++;
                part.Start = pos;
                while (pos < s.Length && (char.IsAsciiDigit(s[pos]) || s[pos] is >= 'a' and <= 'f'))
                    pos++;
                part.Length = pos - part.Start;
                if (part.Length == 0)
                    break;
                part.Token = Token.CommitHash;
                return;
            case '-' when part.Token < Token.RevisionNo && pos + 1 < s.Length && s[pos + 1] == 'r':
                pos += 2;
                part.Token = Token.RevisionNo;
                Digits(ref part, s, ref pos);
                return;
        }
        part.Token = Token.Invalid;
    }
}
