using ContainerSecurity.Dockerfile.Shell;

namespace ContainerSecurity.Dockerfile.Parsing;

/// <summary>What a <c>&lt;&lt;WORD</c> in an instruction line announces.</summary>
internal sealed record HeredocSpec(string Name, bool Expand, bool Chomp, int FileDescriptor);

/// <summary>
/// BuildKit's <c>heredocsFromLine</c>: the line is split into shell words (raw quotes and escapes, always with
/// <c>\</c>) and each word matching <c>^(\d*)&lt;&lt;(-?)\s*([^&lt;]*)$</c> whose rest is exactly one word is a heredoc.
/// The body is expanded unless the word had quotes, which BuildKit detects by lexing it with and without them.
/// </summary>
internal static class HeredocDetector
{
    private static readonly LexOptions LineOptions = new(RawQuotes: true, RawEscapes: true, SkipUnsetEnv: true);
    private static readonly LexOptions NameOptions = new(SkipUnsetEnv: true);
    private static readonly LexOptions RawNameOptions = new(RawQuotes: true, SkipUnsetEnv: true);

    public static List<HeredocSpec> Detect(string line, out string? error)
    {
        error = null;
        var specs = new List<HeredocSpec>();
        foreach (var word in ShellLexer.Process(line, LineOptions).Words)
        {
            if (Parse(word, out error) is { } spec)
                specs.Add(spec);
            if (error is not null)
                break;
        }
        return specs;
    }

    public static HeredocSpec? Parse(string word, out string? error)
    {
        error = null;
        var i = 0;
        while (i < word.Length && char.IsAsciiDigit(word[i]))
            i++;
        var descriptor = word[..i];
        if (string.CompareOrdinal(word, i, "<<", 0, 2) != 0)
            return null;
        i += 2;
        var chomp = i < word.Length && word[i] == '-';
        if (chomp)
            i++;
        while (i < word.Length && word[i] is ' ' or '\t' or '\n' or '\f' or '\r')
            i++;
        var rest = word[i..];
        if (rest.Length == 0 || rest.Contains('<'))
            return null;

        var plain = ShellLexer.Process(rest, NameOptions);
        if ((error = plain.Error) is not null || plain.Words.Count != 1)
            return null;
        var raw = ShellLexer.Process(rest, RawNameOptions);
        if ((error = raw.Error) is not null)
            return null;
        if (raw.Words.Count != 1)
        {
            error = $"internal lexing of heredoc produced inconsistent results: {rest}";
            return null;
        }
        var expand = QuoteCount(plain.Words[0]) == QuoteCount(raw.Words[0]);
        return new HeredocSpec(plain.Words[0], expand, chomp, Descriptor(descriptor));
    }

    private static int QuoteCount(string word) => word.Count(c => c is '\'' or '"');

    private static int Descriptor(string digits) =>
        digits.Length == 0 ? 0 : int.TryParse(digits, out var fd) ? fd : int.MaxValue;
}
