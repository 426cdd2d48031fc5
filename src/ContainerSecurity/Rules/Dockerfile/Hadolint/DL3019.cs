using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3019: apk add without --no-cache leaves the index in /var/cache/apk.</summary>
public sealed class DL3019 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3019", DiagnosticLevel.Note, "Use the --no-cache switch with apk add",
        "Use apk add --no-cache instead of --update and removing /var/cache/apk/* afterwards.") { Equivalent = "hadolint DL3019" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (run, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            if (commands.FirstOrDefault(c => c.HasAnyArg("apk", "add") && !c.HasFlag("no-cache")) is { } command)
            {
                yield return new DockerfileHit(run, $"Use the --no-cache switch: '{command.Text}'. {Info.Fix}");
            }
        }
    }
}
