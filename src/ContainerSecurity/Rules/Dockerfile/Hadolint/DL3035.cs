using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3035: zypper dist-upgrade makes the image depend on whatever the repositories hold at build time.</summary>
public sealed class DL3035 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3035", DiagnosticLevel.Warning, "Do not use `zypper dist-upgrade`",
        "Install or update the packages you need with pinned versions; upgrade the base image instead.") { Equivalent = "hadolint DL3035" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (at, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            if (commands.FirstOrDefault(c => c.HasAnyArg("zypper", "dist-upgrade", "dup")) is { } command)
            {
                yield return new DockerfileHit(at, $"Do not use `zypper dist-upgrade`: '{command.Text}'. {Info.Fix}");
            }
        }
    }
}
