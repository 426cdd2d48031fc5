using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL4003: Multiple CMD instructions found; only the last CMD takes effect.</summary>
public sealed class DL4003 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL4003", DiagnosticLevel.Warning, "Multiple CMD instructions found",
        "Keep a single CMD per stage.") { Equivalent = "hadolint DL4003" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            foreach (var extra in stage.Instructions.Where(i => i.Is("CMD")).Skip(1))
            {
                yield return new DockerfileHit(extra, $"Multiple CMD instructions found in this stage: only the last CMD takes effect. {Info.Fix}");
            }
        }
    }
}
