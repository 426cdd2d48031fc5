using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL4005: relinking /bin/sh with ln instead of using SHELL.</summary>
public sealed class DL4005 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL4005", DiagnosticLevel.Warning, "Use SHELL to change the default shell",
        "Use the SHELL instruction, e.g. SHELL [\"/bin/bash\", \"-c\"], instead of relinking /bin/sh.") { Equivalent = "hadolint DL4005" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (at, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            if (commands.Any(c => c.Unwrap().Is("ln") && c.Unwrap().Arguments.Contains("/bin/sh")))
            {
                yield return new DockerfileHit(at, $"RUN relinks /bin/sh. {Info.Fix}");
            }
        }
    }
}
