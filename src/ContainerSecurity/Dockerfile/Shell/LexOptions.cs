namespace ContainerSecurity.Dockerfile.Shell;

/// <summary>
/// The switches of BuildKit's <c>shell.Lex</c>: keep quotes or escapes in the result, leave unset variables as
/// written (<c>$X</c>, <c>${X:-y}</c>) instead of expanding them to empty, or treat quotes as ordinary characters.
/// </summary>
internal sealed record LexOptions(
    char Escape = '\\',
    bool RawQuotes = false,
    bool RawEscapes = false,
    bool SkipUnsetEnv = false,
    bool SkipProcessQuotes = false);

/// <summary>
/// What the lexer produced: the processed text (BuildKit's <c>ProcessWord</c>), the words it splits into after
/// expansion (<c>ProcessWords</c>), or the error BuildKit reports.
/// </summary>
internal readonly record struct LexResult(string Text, IReadOnlyList<string> Words, string? Error);
