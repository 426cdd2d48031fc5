using System.Buffers;

namespace ContainerSecurity.Secrets;

/// <summary>Finds secrets in text. Values that are clearly placeholders (${VAR}, &lt;token&gt;, xxxx, changeme) are not secrets.</summary>
public static class SecretScanner
{
    internal const int MaxMatchesPerText = 20;

    // Every rule's keywords in one vectorized search: most text holds none, and is then read once instead of once per keyword.
    private static readonly SearchValues<string> AnyKeyword =
        SearchValues.Create(SecretRules.All.SelectMany(r => r.Keywords).Distinct().ToArray(), StringComparison.Ordinal);

    /// <summary>Whether any rule's keyword occurs in the text: when none does, <see cref="Scan"/> finds nothing.</summary>
    public static bool MayHoldSecrets(ReadOnlySpan<char> text) => text.IndexOfAny(AnyKeyword) >= 0;

    /// <param name="tokenFormatsOnly">For source code and scripts: only the rules for token formats, none of the generic key = value ones.</param>
    public static IReadOnlyList<SecretMatch> Scan(string text, bool tokenFormatsOnly = false)
    {
        if (!MayHoldSecrets(text))
        {
            return [];
        }
        var matches = new List<SecretMatch>();
        foreach (var rule in SecretRules.All)
        {
            if (tokenFormatsOnly && rule.IsGeneric)
            {
                continue;
            }
            if (!rule.Keywords.Any(k => text.Contains(k, StringComparison.Ordinal)))
            {
                continue;
            }
            foreach (System.Text.RegularExpressions.Match m in rule.Pattern.Matches(text))
            {
                var value = m.Groups["secret"].Value.Trim();
                if (IsPlaceholder(value) || matches.Any(x => x.Line == LineOf(text, m.Index)))
                {
                    continue;
                }
                matches.Add(new SecretMatch(rule, LineOf(text, m.Groups["secret"].Index), SecretMasker.Mask(value)));
                if (matches.Count >= MaxMatchesPerText)
                {
                    return matches;
                }
            }
        }
        return matches;
    }

    private static int LineOf(string text, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }
        return line;
    }

    private static bool IsPlaceholder(string value)
    {
        var lower = value.ToLowerInvariant();
        return value.Length == 0
            || value.StartsWith('$') || value.StartsWith("{{", StringComparison.Ordinal) || value.StartsWith('<') || value.StartsWith('%')
            || lower.Distinct().Count() <= 2
            || lower is "changeme" or "password" or "secret" or "example" or "placeholder" or "redacted" or "null" or "none" or "true" or "false"
            || lower.Contains("example", StringComparison.Ordinal) || lower.Contains("xxxx", StringComparison.Ordinal) || lower.Contains("your_", StringComparison.Ordinal) || lower.Contains("your-", StringComparison.Ordinal);
    }
}
