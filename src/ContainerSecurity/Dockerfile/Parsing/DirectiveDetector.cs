namespace ContainerSecurity.Dockerfile.Parsing;

/// <summary>
/// BuildKit's <c>DirectiveParser</c>: lines of the form <c># key=value</c> (key syntax, escape or check, any case)
/// are directives until the first line that is not one: an instruction, a blank line or any other comment.
/// </summary>
internal sealed class DirectiveDetector
{
    private static readonly HashSet<string> Known = ["syntax", "escape", "check"];
    private readonly HashSet<string> _seen = [];

    public bool IsDone { get; private set; }

    /// <param name="line">The line without its ending and leading whitespace.</param>
    public ParserDirective? Inspect(string line, int lineNumber, int column, out string? error)
    {
        error = null;
        if (IsDone)
            return null;
        if (!line.StartsWith('#') || Match(line.AsSpan(1).TrimStart()) is not { } match || !Known.Contains(match.Key.ToLowerInvariant()))
        {
            IsDone = true;
            return null;
        }

        var key = match.Key.ToLowerInvariant();
        if (!_seen.Add(key))
        {
            error = $"only one {key} parser directive can be used: remove the repeated '# {key}=' line";
            return null;
        }
        if (key == "escape" && match.Value is not ("\\" or "`"))
        {
            error = $"invalid escape token '{match.Value}' does not match ` or \\: write '# escape=`' or '# escape=\\'";
            return null;
        }
        return new ParserDirective(key, match.Value, lineNumber, column);
    }

    // ^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$ with Go's \s = [\t\n\f\r ]
    private static (string Key, string Value)? Match(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !char.IsAsciiLetter(text[0]))
            return null;
        var i = 1;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
            i++;
        var key = text[..i].ToString();
        while (i < text.Length && IsRegexSpace(text[i]))
            i++;
        if (i == text.Length || text[i] != '=')
            return null;
        var rest = text[(i + 1)..];
        if (rest.IsEmpty)
            return null;
        var start = 0;
        while (start < rest.Length - 1 && IsRegexSpace(rest[start]))
            start++;
        var end = rest.Length;
        while (end > start + 1 && IsRegexSpace(rest[end - 1]))
            end--;
        return (key, rest[start..end].ToString());
    }

    private static bool IsRegexSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';
}
