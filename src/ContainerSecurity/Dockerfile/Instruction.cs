namespace ContainerSecurity.Dockerfile;

/// <summary>
/// One Dockerfile instruction as BuildKit's parser sees it.
/// </summary>
/// <remarks>
/// Positions are 1-based. <see cref="StartLine"/>/<see cref="StartColumn"/> is the first character of the keyword;
/// <see cref="EndLine"/> is the last line BuildKit consumed for it (continuation lines, comment lines inside a
/// continuation, heredoc bodies and terminators) and <see cref="EndColumn"/> is one past its last non-blank character.
/// <see cref="Original"/> is the source text between those two points. Columns count UTF-16 code units (as SARIF's
/// default), a tab being one column; a byte order mark is not counted.
/// </remarks>
public sealed class Instruction
{
    /// <summary>The keyword in upper case, e.g. <c>RUN</c> (unknown keywords too).</summary>
    public required string Keyword { get; init; }

    public required string Original { get; init; }

    public IReadOnlyList<InstructionFlag> Flags { get; init; } = [];

    /// <summary>The text after the flags, with continuations joined as BuildKit joins them, trimmed.</summary>
    public required string Arguments { get; init; }

    public bool IsJsonForm { get; init; }

    /// <summary>The strings of the JSON (exec) form; empty in shell form.</summary>
    public IReadOnlyList<string> JsonArguments { get; init; } = [];

    /// <summary>
    /// The arguments as BuildKit's parser splits them for this keyword: the JSON strings; or the whitespace separated
    /// words of FROM, EXPOSE, COPY, ADD, VOLUME; or the whole text of RUN, CMD, ENTRYPOINT, USER, WORKDIR...;
    /// <c>[type, command]</c> for HEALTHCHECK; raw keys and values for ENV and LABEL; the raw words of ARG.
    /// </summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>The pairs of ENV, LABEL and ARG, in order.</summary>
    public IReadOnlyList<KeyValue> KeyValues { get; init; } = [];

    public IReadOnlyList<Heredoc> Heredocs { get; init; } = [];

    public required int StartLine { get; init; }
    public required int StartColumn { get; init; }
    public required int EndLine { get; init; }
    public required int EndColumn { get; init; }

    /// <summary>The stage this instruction belongs to; -1 before the first FROM (meta ARGs).</summary>
    public required int StageIndex { get; init; }

    /// <summary>For ONBUILD, the instruction it registers, parsed.</summary>
    public Instruction? OnBuildTrigger { get; init; }

    public bool Is(string keyword) => string.Equals(Keyword, keyword, StringComparison.OrdinalIgnoreCase);

    /// <summary>The last occurrence of a flag (BuildKit flag names are case-sensitive), or null.</summary>
    public InstructionFlag? Flag(string name) => Flags.LastOrDefault(f => f.Name == name);

    /// <summary>Every value of a repeatable flag such as <c>--mount</c>, in order.</summary>
    public IReadOnlyList<string> FlagValues(string name) =>
        Flags.Where(f => f.Name == name && f.Value is not null).Select(f => f.Value!).ToList();
}
