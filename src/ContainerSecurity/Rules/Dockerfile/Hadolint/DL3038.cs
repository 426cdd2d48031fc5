using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3038: dnf install without -y waits for an answer the build cannot give.</summary>
public sealed class DL3038 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3038", DiagnosticLevel.Warning, "Use the -y switch to avoid manual input `dnf install -y <package>`",
        "Add -y, e.g. dnf install -y httpd-2.4.57.") { Equivalent = "hadolint DL3038" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (at, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            if (commands.FirstOrDefault(c => (c.HasAnyArg("dnf", "install", "groupinstall", "localinstall") || c.HasAnyArg("microdnf", "install", "groupinstall", "localinstall"))
                    && !c.HasFlag("y", "assumeyes")) is { } command)
            {
                yield return new DockerfileHit(at, $"Use the -y switch to avoid manual input: '{command.Text}'. {Info.Fix}");
            }
        }
    }
}
