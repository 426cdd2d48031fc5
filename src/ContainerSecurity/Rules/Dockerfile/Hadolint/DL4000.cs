using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL4000: MAINTAINER is deprecated.</summary>
public sealed class DL4000 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL4000", DiagnosticLevel.Error, "MAINTAINER is deprecated",
        "Replace it with LABEL maintainer=\"name <email>\".") { Equivalent = "hadolint DL4000" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context) =>
        context.All("MAINTAINER").Select(i => new DockerfileHit(i, $"MAINTAINER is deprecated. {Info.Fix}"));
}
