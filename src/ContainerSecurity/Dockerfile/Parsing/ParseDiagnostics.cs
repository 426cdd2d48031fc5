namespace ContainerSecurity.Dockerfile.Parsing;

/// <summary>What the parser collects besides instructions.</summary>
internal sealed class ParseDiagnostics
{
    public List<DockerfileError> Errors { get; } = [];
    public List<DockerfileError> Warnings { get; } = [];
    public List<Comment> Comments { get; } = [];
    public List<ParserDirective> Directives { get; } = [];

    public void Error(string message, int line, int column) => Errors.Add(new DockerfileError(message, line, column));

    public void Warning(string message, int line, int column) => Warnings.Add(new DockerfileError(message, line, column));
}
