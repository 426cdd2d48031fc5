using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3002: a stage whose last USER is root runs (and hands on) everything as root.</summary>
/// <remarks>As hadolint: every stage is checked, since later stages may build FROM it.</remarks>
public sealed class DL3002 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3002", DiagnosticLevel.Warning, "Last USER should not be root",
        "Switch to an unprivileged user at the end of the stage, e.g. USER app or USER 1000.") { Equivalent = "hadolint DL3002" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            if (stage.Instructions.LastOrDefault(i => i.Is("USER")) is { } user && RootUser.IsNamed(user.Arguments))
            {
                yield return new DockerfileHit(user, $"Last USER should not be root: '{user.Arguments}'. {Info.Fix}");
            }
        }
    }
}
