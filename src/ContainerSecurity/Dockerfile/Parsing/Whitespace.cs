namespace ContainerSecurity.Dockerfile.Parsing;

/// <summary>
/// The two kinds of whitespace BuildKit's Go code uses: <c>unicode.IsSpace</c>, and the <c>[\t\v\f\r ]</c> class of
/// its <c>reWhitespace</c> (which, unlike IsSpace, leaves no-break spaces inside words).
/// </summary>
internal static class Whitespace
{
    public static bool IsSpace(char c) => char.IsWhiteSpace(c);

    public static bool IsSeparator(char c) => c is ' ' or '\t' or '\v' or '\f' or '\r';

    public static int CountLeading(string s)
    {
        var i = 0;
        while (i < s.Length && IsSpace(s[i]))
            i++;
        return i;
    }

    /// <summary><c>reWhitespace.Split(s, -1)</c> of an already trimmed string, with each piece's offset.</summary>
    public static List<(string Text, int Offset)> SplitSeparated(string s)
    {
        var pieces = new List<(string, int)>();
        if (s.Length == 0)
            return pieces;
        var start = 0;
        var i = 0;
        while (i < s.Length)
        {
            if (!IsSeparator(s[i]))
            {
                i++;
                continue;
            }
            pieces.Add((s[start..i], start));
            while (i < s.Length && IsSeparator(s[i]))
                i++;
            start = i;
        }
        pieces.Add((s[start..], start));
        return pieces;
    }

    /// <summary><c>reWhitespace.Split(s, 2)</c>: the first piece, and the rest with its offset (null when no separator).</summary>
    public static (string First, string? Remainder, int RemainderOffset) SplitOnce(string s)
    {
        var i = 0;
        while (i < s.Length && !IsSeparator(s[i]))
            i++;
        if (i == s.Length)
            return (s, null, s.Length);
        var j = i;
        while (j < s.Length && IsSeparator(s[j]))
            j++;
        return (s[..i], s[j..], j);
    }
}
