using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3003: cd inside RUN hides the working directory from later instructions and readers.</summary>
public sealed class DL3003 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3003", DiagnosticLevel.Warning, "Use WORKDIR to switch to a directory",
        "Replace 'cd dir && ...' with WORKDIR /dir before the RUN.") { Equivalent = "hadolint DL3003" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (run, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            if (commands.FirstOrDefault(c => c.IsCd()) is { } cd)
            {
                yield return new DockerfileHit(run, $"Use WORKDIR to switch to a directory: '{cd.Text}'. {Info.Fix}");
            }
        }
    }
}
