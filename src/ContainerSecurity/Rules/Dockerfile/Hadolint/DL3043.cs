using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3043: ONBUILD may not trigger ONBUILD, FROM or MAINTAINER.</summary>
public sealed class DL3043 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3043", DiagnosticLevel.Error, "`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction",
        "Move the instruction out of ONBUILD; Docker rejects these triggers.") { Equivalent = "hadolint DL3043" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context) =>
        context.All("ONBUILD")
            .Where(i => i.OnBuildTrigger is { } t && (t.Is("ONBUILD") || t.Is("FROM") || t.Is("MAINTAINER")))
            .Select(i => new DockerfileHit(i, $"ONBUILD triggers {i.OnBuildTrigger!.Keyword.ToUpperInvariant()}, which is not allowed. {Info.Fix}"));
}
