using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3029: a constant FROM --platform pins the build to one architecture.</summary>
/// <remarks>As hadolint: --platform using $BUILDPLATFORM or $TARGETPLATFORM is fine.</remarks>
public sealed class DL3029 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3029", DiagnosticLevel.Warning, "Do not use --platform flag with FROM",
        "Remove --platform and pass docker build --platform, or use --platform=$BUILDPLATFORM for cross-compiling stages.") { Equivalent = "hadolint DL3029" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            if (stage.From.Flag("platform")?.Value is { Length: > 0 } platform && !platform.Contains("BUILDPLATFORM") && !platform.Contains("TARGETPLATFORM"))
            {
                yield return new DockerfileHit(stage.From, $"Do not use --platform flag with FROM: '--platform={platform}'. {Info.Fix}");
            }
        }
    }
}
