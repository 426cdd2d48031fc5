using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3014: apt-get install without -y waits for an answer the build cannot give.</summary>
public sealed class DL3014 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3014", DiagnosticLevel.Warning, "Use the -y switch with apt-get install",
        "Add -y, e.g. apt-get install -y curl.") { Equivalent = "hadolint DL3014" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (run, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            if (commands.FirstOrDefault(c => c.HasAnyArg("apt-get", "install") && !c.HasFlag("y", "yes", "q", "assume-yes")) is { } command)
            {
                yield return new DockerfileHit(run, $"Use the -y switch to avoid manual input: '{command.Text}'. {Info.Fix}");
            }
        }
    }
}
