using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3004: sudo in a build is unpredictable (tty, PAM, environment) and usually means the wrong USER.</summary>
public sealed class DL3004 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3004", DiagnosticLevel.Error, "Do not use sudo",
        "Run the step as root (USER root before it, back to the app user after), or use gosu/su-exec at run time.") { Equivalent = "hadolint DL3004" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (run, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            if (commands.FirstOrDefault(c => c.IsSudo()) is { } sudo)
            {
                yield return new DockerfileHit(run, $"Do not use sudo as it leads to unpredictable behavior: '{sudo.Text}'. {Info.Fix}");
            }
        }
    }
}
