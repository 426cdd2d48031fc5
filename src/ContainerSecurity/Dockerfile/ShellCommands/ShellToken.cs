namespace ContainerSecurity.Dockerfile.ShellCommands;

internal enum ShellTokenKind { Word, Operator, Redirection }

/// <summary>
/// A word as written (<see cref="Raw"/>, line continuations removed) and with its quotes and backslashes removed
/// (<see cref="Value"/>; <c>$VAR</c> and <c>$(...)</c> stay as text). <see cref="Nested"/> holds the tokens of the
/// command substitutions inside it.
/// </summary>
internal sealed record ShellWord(string Raw, string Value, int Start, int End, IReadOnlyList<ShellTokens> Nested)
{
    public bool IsPlain => Raw == Value;
}

/// <summary>
/// An operator (<c>&amp;&amp;</c>, <c>;</c>, <c>(</c>, a newline...), a word, or a redirection whose target is
/// <see cref="Word"/> (for a heredoc, the delimiter; its body is <see cref="HeredocBody"/>).
/// </summary>
internal sealed class ShellToken(ShellTokenKind kind, string text, int start, int end)
{
    public ShellTokenKind Kind { get; } = kind;
    public string Text { get; } = text;
    public int Start { get; } = start;
    public int End { get; } = end;
    public ShellWord? Word { get; init; }
    public string? HeredocBody { get; set; }

    public bool IsOperator(string text) => Kind == ShellTokenKind.Operator && Text == text;
}

/// <summary>The tokens of a script and the text their offsets refer to.</summary>
internal sealed record ShellTokens(string Source, IReadOnlyList<ShellToken> Tokens);
