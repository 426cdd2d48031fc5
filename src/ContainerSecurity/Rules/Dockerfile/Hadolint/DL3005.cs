using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3005: apt-get dist-upgrade can change the distribution under the base image.</summary>
public sealed class DL3005 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3005", DiagnosticLevel.Error, "Do not use apt-get dist-upgrade",
        "Use a newer base image instead; apt-get upgrade is fine for security updates.") { Equivalent = "hadolint DL3005" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (at, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            if (commands.Any(c => c.HasAnyArg("apt-get", "dist-upgrade")))
            {
                yield return new DockerfileHit(at, $"Do not use apt-get dist-upgrade. {Info.Fix}");
            }
        }
    }
}
