using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3032: yum install leaves its cache in the layer unless the same RUN cleans it.</summary>
public sealed class DL3032 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3032", DiagnosticLevel.Warning, "`yum clean all` missing after yum command",
        "End the RUN with && yum clean all (or rm -rf /var/cache/yum/*), or use RUN --mount=type=cache,target=/var/cache/yum.") { Equivalent = "hadolint DL3032" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (at, run, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            if (commands.Any(c => c.HasAnyArg("yum", "install"))
                && !commands.Any(c => c.HasAnyArg("yum", "clean", "all") || c.HasAnyArg("rm", "/var/cache/yum/*", "/var/cache/yum"))
                && !HadolintShell.CachesMount(run, "/var/cache/yum"))
            {
                yield return new DockerfileHit(at, $"`yum clean all` missing after yum command. {Info.Fix}");
            }
        }
    }
}
