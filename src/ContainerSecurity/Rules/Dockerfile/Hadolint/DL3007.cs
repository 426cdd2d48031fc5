using ContainerSecurity.Findings;
using ContainerSecurity.Images;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3007: the latest tag moves, so the build changes without the Dockerfile changing.</summary>
public sealed class DL3007 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3007", DiagnosticLevel.Warning, "Using latest is prone to errors if the image will ever update",
        "Pin the version explicitly to a release tag, e.g. FROM debian:12.8, or pin it by digest.") { Equivalent = "hadolint DL3007" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            var image = stage.BaseImage;
            if (ImageReference.Parse(image)?.Tag == "latest")
            {
                yield return new DockerfileHit(stage.From, $"Using latest is prone to errors if the image will ever update: '{image}'. {Info.Fix}");
            }
        }
    }
}
