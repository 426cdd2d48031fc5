using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3023: a stage cannot COPY --from itself.</summary>
public sealed class DL3023 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3023", DiagnosticLevel.Error, "COPY --from cannot reference its own FROM alias",
        "Copy from an earlier stage, or copy from the build context without --from.") { Equivalent = "hadolint DL3023" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var stage in context.Document.Stages.Where(s => s.Name is not null))
        {
            foreach (var copy in stage.Instructions.Where(i => i.Is("COPY") && string.Equals(i.Flag("from")?.Value, stage.Name, StringComparison.OrdinalIgnoreCase)))
            {
                yield return new DockerfileHit(copy, $"COPY --from cannot reference its own FROM alias '{stage.Name}'. {Info.Fix}");
            }
        }
    }
}
