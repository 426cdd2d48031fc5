using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC5001: a FROM image comes from a registry the project does not trust.</summary>
public sealed class CSEC5001 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC5001", DiagnosticLevel.Error, "Base image not from a trusted registry",
        "Use a base image from one of the registries in ContainerSecurityTrustedRegistries, or add its registry there if it is trusted.")
    { Equivalent = "hadolint DL3026" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        if (context.Settings.TrustedRegistries.Count == 0)
            yield break;
        var trusted = context.Settings.TrustedRegistries.Select(PracticeHelpers.NormalizeRegistry).ToHashSet();
        foreach (var (stage, image, reference) in PracticeHelpers.ImageStages(context.Document))
        {
            if (reference is null || trusted.Contains(PracticeHelpers.NormalizeRegistry(reference.Registry)))
                continue;
            yield return new DockerfileHit(stage.From,
                $"Base image {image} comes from {reference.Registry}, which is not a trusted registry ({string.Join(", ", context.Settings.TrustedRegistries)}). {Info.Fix}");
        }
    }
}
