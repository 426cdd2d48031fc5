namespace ContainerSecurity.Dockerfile.Parsing;

/// <summary>
/// BuildKit's <c>parseNameVal</c> (ENV, LABEL) and <c>parseNameOrNameVal</c> (ARG). ENV and LABEL take either
/// <c>key=value ...</c> or the legacy <c>key value</c>, chosen by whether the first word has an <c>=</c>.
/// </summary>
internal static class NameValueParser
{
    public static ParsedArguments Pairs(string arguments, string keyword, char escape)
    {
        var words = WordSplitter.Split(arguments, escape);
        if (words.Count == 0)
            return new ParsedArguments();

        if (!words[0].Word.Contains('='))
        {
            var (key, value, _) = Whitespace.SplitOnce(arguments);
            if (value is null)
                return new ParsedArguments { Error = $"{keyword} must have two arguments: write {keyword} {key}=<value>" };
            return new ParsedArguments { Words = [key, value], KeyValues = [new RawKeyValue(key, value, true, 0)] };
        }

        var pairs = new List<RawKeyValue>();
        foreach (var (word, offset) in words)
        {
            var equals = word.IndexOf('=');
            if (equals < 0)
            {
                return new ParsedArguments
                {
                    Error = $"Syntax error - can't find = in \"{word}\". Must be of the form: name=value",
                    ErrorOffset = offset,
                };
            }
            pairs.Add(new RawKeyValue(word[..equals], word[(equals + 1)..], false, offset));
        }
        return new ParsedArguments { Words = pairs.SelectMany(p => new[] { p.Key, p.Value! }).ToList(), KeyValues = pairs };
    }

    public static ParsedArguments NamesOrPairs(string arguments, char escape)
    {
        var words = WordSplitter.Split(arguments, escape);
        var pairs = words.Select(w =>
        {
            var equals = w.Word.IndexOf('=');
            return equals < 0
                ? new RawKeyValue(w.Word, null, false, w.Offset)
                : new RawKeyValue(w.Word[..equals], w.Word[(equals + 1)..], false, w.Offset);
        }).ToList();
        return new ParsedArguments { Words = words.Select(w => w.Word).ToList(), KeyValues = pairs };
    }
}
