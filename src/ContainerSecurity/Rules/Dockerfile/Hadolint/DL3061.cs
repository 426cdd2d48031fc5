using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3061: before the first FROM only ARG (and comments) may appear.</summary>
public sealed class DL3061 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3061", DiagnosticLevel.Error, "Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment",
        "Start the Dockerfile with FROM (optionally preceded by ARG).") { Equivalent = "hadolint DL3061" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context) =>
        context.Instructions.TakeWhile(i => !i.Is("FROM")).Where(i => !i.Is("ARG"))
            .Select(i => new DockerfileHit(i, $"{i.Keyword.ToUpperInvariant()} appears before the first FROM. {Info.Fix}"));
}
