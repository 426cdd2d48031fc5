using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC1112: a stage named `scratch` or `context`, names BuildKit reserves.</summary>
public sealed class CSEC1112 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1112", DiagnosticLevel.Warning, "Reserved words should not be used as stage names",
        "Rename the stage: 'scratch' and 'context' mean the empty image and the build context.")
    { Equivalent = "BuildKit ReservedStageName" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            if (stage.Name is "scratch" or "context")
                yield return new DockerfileHit(stage.From, $"'{stage.Name}' is reserved and should not be used as a stage name. {Info.Fix}");
        }
    }
}
