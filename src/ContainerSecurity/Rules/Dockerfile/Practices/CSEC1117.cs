using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC1117: `FROM --platform=linux/amd64` pins a constant platform, which breaks multi-platform builds; use $BUILDPLATFORM/$TARGETPLATFORM.</summary>
public sealed class CSEC1117 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1117", DiagnosticLevel.Warning, "FROM --platform flag should not use a constant value",
        "Use FROM --platform=$BUILDPLATFORM for build stages (cross-compile) or leave the flag out and pass --platform to docker build.")
    { Equivalent = "BuildKit FromPlatformFlagConstDisallowed" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            if (stage.Platform is not { } platform || platform.Contains('$'))
                continue;
            var parts = platform.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (stage.Name is { } name && parts.Any(p => name.Contains(p, StringComparison.OrdinalIgnoreCase)))
                continue; // a stage named for its platform (build-amd64) is a deliberate per-platform stage, as BuildKit allows
            yield return new DockerfileHit(stage.From, $"FROM --platform flag should not use constant value \"{platform}\". {Info.Fix}");
        }
    }
}
