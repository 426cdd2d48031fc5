using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3030: yum install without -y waits for an answer the build cannot give.</summary>
public sealed class DL3030 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3030", DiagnosticLevel.Warning, "Use the -y switch with yum install",
        "Add -y, e.g. yum install -y httpd-2.4.6.") { Equivalent = "hadolint DL3030" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (run, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            if (commands.FirstOrDefault(c => c.HasAnyArg("yum", "install", "groupinstall", "localinstall") && !c.HasFlag("y", "assumeyes")) is { } command)
            {
                yield return new DockerfileHit(run, $"Use the -y switch to avoid manual input: '{command.Text}'. {Info.Fix}");
            }
        }
    }
}
