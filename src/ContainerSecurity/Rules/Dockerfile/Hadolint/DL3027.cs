using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3027: apt's command line interface is for people and is not stable for scripts.</summary>
public sealed class DL3027 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3027", DiagnosticLevel.Warning, "Do not use apt as it is meant to be an end-user tool",
        "Use apt-get or apt-cache instead, e.g. apt-get install -y curl.") { Equivalent = "hadolint DL3027" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (run, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            if (commands.FirstOrDefault(c => c.IsApt()) is { } apt)
            {
                yield return new DockerfileHit(run, $"Do not use apt as it is meant to be an end-user tool: '{apt.Text}'. {Info.Fix}");
            }
        }
    }
}
