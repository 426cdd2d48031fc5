using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3057: the image (final stage, or a stage it builds on) has no HEALTHCHECK. Off by default, as in hadolint.</summary>
public sealed class DL3057 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3057", DiagnosticLevel.Note, "HEALTHCHECK instruction missing",
        "Add a HEALTHCHECK (or HEALTHCHECK NONE) to the final stage.") { Equivalent = "hadolint DL3057", EnabledByDefault = false };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        if (context.FinalStage is not { } final)
        {
            yield break;
        }
        var stages = context.Document.Stages;
        var seen = new HashSet<int>();
        for (var stage = final; stage is not null && seen.Add(stage.Index);
             stage = stages.Take(stage.Index).LastOrDefault(s => s.Name is not null && string.Equals(s.Name, stage.BaseImage, StringComparison.OrdinalIgnoreCase)))
        {
            if (stage.Instructions.Any(i => i.Is("HEALTHCHECK")))
            {
                yield break;
            }
        }
        yield return new DockerfileHit(final.From, $"The image has no HEALTHCHECK. {Info.Fix}");
    }
}
