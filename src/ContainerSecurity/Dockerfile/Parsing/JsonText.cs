using System.Globalization;
using System.Text;

namespace ContainerSecurity.Dockerfile.Parsing;

/// <summary>JSON whitespace and strings, decoded as Go's encoding/json does (lone surrogates become U+FFFD).</summary>
internal static class JsonText
{
    public static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    public static int SkipSpace(string s, int i)
    {
        while (i < s.Length && s[i] is ' ' or '\t' or '\n' or '\r')
            i++;
        return i;
    }

    /// <summary>Reads the string whose opening quote is at <paramref name="i"/>; null when it is not valid.</summary>
    public static string? ReadString(string s, ref int i)
    {
        var value = new StringBuilder();
        var at = i + 1;
        while (at < s.Length)
        {
            var c = s[at++];
            if (c == '"')
            {
                i = at;
                return value.ToString();
            }
            if (c < 0x20)
                return null;
            if (char.IsSurrogate(c))
            {
                var paired = char.IsHighSurrogate(c) && at < s.Length && char.IsLowSurrogate(s[at]);
                value.Append(paired ? new string([c, s[at++]]) : "\uFFFD");
                continue;
            }
            if (c != '\\')
            {
                value.Append(c);
                continue;
            }
            if (!AppendEscape(s, ref at, value))
                return null;
        }
        return null;
    }

    private static bool AppendEscape(string s, ref int at, StringBuilder value)
    {
        switch (At(s, at++))
        {
            case '"': value.Append('"'); return true;
            case '\\': value.Append('\\'); return true;
            case '/': value.Append('/'); return true;
            case 'b': value.Append('\b'); return true;
            case 'f': value.Append('\f'); return true;
            case 'n': value.Append('\n'); return true;
            case 'r': value.Append('\r'); return true;
            case 't': value.Append('\t'); return true;
            case 'u':
                if (Hex4(s, at) is not { } unit)
                    return false;
                at += 4;
                if (!char.IsSurrogate(unit))
                {
                    value.Append(unit);
                }
                else if (char.IsHighSurrogate(unit) && At(s, at) == '\\' && At(s, at + 1) == 'u'
                    && Hex4(s, at + 2) is { } low && char.IsLowSurrogate(low))
                {
                    value.Append(unit).Append(low);
                    at += 6;
                }
                else
                {
                    value.Append('\uFFFD');
                }
                return true;
            default:
                return false;
        }
    }

    private static char? Hex4(string s, int at) =>
        at + 4 <= s.Length && int.TryParse(s.AsSpan(at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var v)
            ? (char)v
            : null;
}
