using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3001: interactive or system-management commands do nothing useful in an image build.</summary>
public sealed class DL3001 : IDockerfileRule
{
    private static readonly HashSet<string> Pointless = ["free", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim"];

    public RuleInfo Info { get; } = new("DL3001", DiagnosticLevel.Note, "Commands like ssh, vim, shutdown, service, ps, free, top, kill, mount make no sense in a container build",
        "Remove the command; a build step runs non-interactively without an init system.") { Equivalent = "hadolint DL3001" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (run, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            var found = commands.Select(c => c.Program).Where(Pointless.Contains).Distinct().ToList();
            if (found.Count > 0)
            {
                yield return new DockerfileHit(run, $"It makes no sense running {string.Join(", ", found)} in a container build. {Info.Fix}");
            }
        }
    }
}
