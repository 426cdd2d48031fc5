using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ContainerSecurity.Dockerfile.Shell;

/// <summary>
/// The shell patterns of <c>${V#p}</c>, <c>${V%p}</c> and <c>${V/p/r}</c>, converted to regular expressions as
/// BuildKit's <c>convertShellPatternToRegex</c> does (<c>*</c>, <c>?</c>, and <c>\</c> escapes; no brackets).
/// </summary>
internal static class ShellPattern
{
    public static string TrimPrefix(string pattern, string value, bool greedy, out string? error)
    {
        if (ToRegex(pattern, greedy, anchored: true, out error) is not { } regex)
            return error is null ? value : "";
        var match = regex.Match(value);
        return match.Success ? value[(match.Index + match.Length)..] : value;
    }

    // Regular expressions cannot find the shortest rightmost match, so both sides are reversed as BuildKit does.
    public static string TrimSuffix(string pattern, string value, bool greedy, out string? error) =>
        Reverse(TrimPrefix(ReversePattern(pattern), Reverse(value), greedy, out error));

    public static string Replace(string pattern, string replacement, string value, bool all, out string? error)
    {
        if (ToRegex(pattern, greedy: true, anchored: false, out error) is not { } regex)
            return error is null ? value : "";
        if (!all)
        {
            var first = regex.Match(value);
            return first.Success ? value[..first.Index] + replacement + value[(first.Index + first.Length)..] : value;
        }
        var result = new StringBuilder();
        var last = 0;
        var previousEnd = -1;
        foreach (Match match in regex.Matches(value))
        {
            if (match.Length == 0 && match.Index == previousEnd)
                continue;
            result.Append(value, last, match.Index - last).Append(GoTemplate.Expand(replacement, match.Value));
            last = match.Index + match.Length;
            previousEnd = last;
        }
        return result.Append(value, last, value.Length - last).ToString();
    }

    private static Regex? ToRegex(string pattern, bool greedy, bool anchored, out string? error)
    {
        error = null;
        var regex = new StringBuilder(anchored ? "^" : "");
        for (var i = 0; i < pattern.Length; i++)
        {
            var tok = pattern[i];
            switch (tok)
            {
                case '*':
                    regex.Append(greedy ? ".*" : ".*?");
                    continue;
                case '?':
                    regex.Append('.');
                    continue;
                case '\\':
                    if (i + 1 < pattern.Length && pattern[i + 1] is '}' or '/')
                        continue;
                    if (i + 1 >= pattern.Length || pattern[i + 1] is not ('*' or '?' or '\\'))
                    {
                        var next = i + 1 < pattern.Length ? pattern[i + 1].ToString() : "";
                        error = $"invalid pattern ({pattern}) in substitution: invalid escape '\\{next}'";
                        return null;
                    }
                    regex.Append('\\').Append(pattern[++i]);
                    continue;
                case '[' or ']' or '{' or '}' or '.' or '+' or '(' or ')' or '|' or '^' or '$':
                    regex.Append('\\').Append(tok);
                    continue;
                default:
                    regex.Append(tok);
                    continue;
            }
        }
        return Compile(regex.ToString());
    }

    // Go's RE2 never backtracks; the non-backtracking engine keeps hostile patterns linear here too. A pattern too
    // large for it gives null, and the caller leaves the value as it is.
    private static Regex? Compile(string regex)
    {
        try
        {
            return new Regex(regex, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    // Reverses a pattern but keeps each "\x" escape in front of the character it escapes.
    private static string ReversePattern(string pattern)
    {
        var output = new char[pattern.Length];
        var last = pattern.Length - 1;
        for (var i = 0; i <= last;)
        {
            var at = last - i;
            if (pattern[i] == '\\' && i != last)
            {
                output[at - 1] = '\\';
                output[at] = pattern[i + 1];
                i += 2;
            }
            else
            {
                output[at] = pattern[i];
                i++;
            }
        }
        return new string(output);
    }

    private static string Reverse(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
            elements.Add(enumerator.GetTextElement());
        elements.Reverse();
        return string.Concat(elements);
    }
}
