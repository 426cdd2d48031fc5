using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3015: apt-get install pulls in recommended packages unless told not to.</summary>
public sealed class DL3015 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3015", DiagnosticLevel.Note, "Avoid additional packages by specifying --no-install-recommends",
        "Add --no-install-recommends, e.g. apt-get install -y --no-install-recommends curl.") { Equivalent = "hadolint DL3015" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (run, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            if (commands.FirstOrDefault(c => c.HasAnyArg("apt-get", "install")
                    && !c.HasFlag("no-install-recommends") && !c.Arguments.Contains("APT::Install-Recommends=false")) is { } command)
            {
                yield return new DockerfileHit(run, $"Avoid additional packages by specifying --no-install-recommends: '{command.Text}'. {Info.Fix}");
            }
        }
    }
}
