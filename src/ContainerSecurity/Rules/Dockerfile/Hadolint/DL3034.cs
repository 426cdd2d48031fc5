using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3034: zypper without a non-interactive switch waits for an answer the build cannot give.</summary>
public sealed class DL3034 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3034", DiagnosticLevel.Warning, "Non-interactive switch missing from `zypper` command",
        "Add -n (or --non-interactive, -y, --no-confirm), e.g. zypper -n install httpd=2.4.51.") { Equivalent = "hadolint DL3034" };

    private static readonly string[] Subcommands =
        ["install", "in", "remove", "rm", "source-install", "si", "patch"];

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (at, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            if (commands.FirstOrDefault(c => c.HasAnyArg("zypper", Subcommands) && !c.HasFlag("n", "non-interactive", "y", "no-confirm")) is { } command)
            {
                yield return new DockerfileHit(at, $"Non-interactive switch missing from `zypper` command: '{command.Text}'. {Info.Fix}");
            }
        }
    }
}
