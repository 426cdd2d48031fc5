namespace ContainerSecurity.Dockerfile;

/// <summary>
/// A parsed Dockerfile. Parsing never stops at the first problem: everything BuildKit would reject is in
/// <see cref="Errors"/>, what it warns about in <see cref="Warnings"/>, and the rest of the file is still parsed.
/// </summary>
public sealed class DockerfileDocument
{
    public string? Path { get; init; }
    public IReadOnlyList<ParserDirective> Directives { get; init; } = [];

    /// <summary>The escape character in effect: <c>\</c>, or <c>`</c> after <c># escape=`</c>.</summary>
    public char EscapeChar { get; init; } = '\\';

    public IReadOnlyList<Instruction> Instructions { get; init; } = [];
    public IReadOnlyList<Stage> Stages { get; init; } = [];
    public IReadOnlyList<DockerfileError> Errors { get; init; } = [];
    public IReadOnlyList<DockerfileError> Warnings { get; init; } = [];
    public IReadOnlyList<Comment> Comments { get; init; } = [];

    /// <summary>The <c># check=</c> directive, when present and valid.</summary>
    public CheckDirective? Check { get; init; }

    /// <summary>The value of the <c># syntax=</c> directive, when present.</summary>
    public string? Syntax => Directives.FirstOrDefault(d => d.Name == "syntax")?.Value;

    /// <summary>The ARG instructions before the first FROM.</summary>
    public IReadOnlyList<Instruction> MetaArgs => Instructions.Where(i => i.StageIndex < 0 && i.Is("ARG")).ToList();
}
