using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL4004: Multiple ENTRYPOINT instructions found; only the last ENTRYPOINT takes effect.</summary>
public sealed class DL4004 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL4004", DiagnosticLevel.Error, "Multiple ENTRYPOINT instructions found",
        "Keep a single ENTRYPOINT per stage.") { Equivalent = "hadolint DL4004" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            foreach (var extra in stage.Instructions.Where(i => i.Is("ENTRYPOINT")).Skip(1))
            {
                yield return new DockerfileHit(extra, $"Multiple ENTRYPOINT instructions found in this stage: only the last ENTRYPOINT takes effect. {Info.Fix}");
            }
        }
    }
}
