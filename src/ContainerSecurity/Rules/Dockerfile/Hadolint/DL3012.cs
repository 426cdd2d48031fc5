using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3012: only the last HEALTHCHECK of a stage takes effect.</summary>
public sealed class DL3012 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3012", DiagnosticLevel.Error, "Multiple HEALTHCHECK instructions",
        "Keep one HEALTHCHECK per stage; only the last one takes effect.") { Equivalent = "hadolint DL3012" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            foreach (var extra in stage.Instructions.Where(i => i.Is("HEALTHCHECK")).Skip(1))
            {
                yield return new DockerfileHit(extra, $"Multiple HEALTHCHECK instructions in one stage. {Info.Fix}");
            }
        }
    }
}
