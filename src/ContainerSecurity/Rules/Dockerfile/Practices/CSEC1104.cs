using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC1104: a base image not pinned by digest can change under the same tag. Reported only when RequireDigest is set.</summary>
public sealed class CSEC1104 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1104", DiagnosticLevel.Note, "Base image not pinned by digest",
        "Pin the image by digest, e.g. FROM mcr.microsoft.com/dotnet/aspnet:10.0@sha256:<digest>, and let a bot (Dependabot, Renovate) update it. Reported only when the settings require digests (RequireDigest).");

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        if (!context.Settings.RequireDigest)
            yield break;
        foreach (var (stage, image, _) in PracticeHelpers.ImageStages(context.Document))
        {
            if (!image.Contains("@sha256:", StringComparison.OrdinalIgnoreCase))
                yield return new DockerfileHit(stage.From, $"Base image {image} is not pinned by digest, so the same tag can bring different content tomorrow. {Info.Fix}");
        }
    }
}
