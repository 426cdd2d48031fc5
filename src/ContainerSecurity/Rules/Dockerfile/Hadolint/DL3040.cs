using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3040: dnf install leaves its cache in the layer unless the same RUN cleans it.</summary>
public sealed class DL3040 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3040", DiagnosticLevel.Warning, "`dnf clean all` missing after dnf command",
        "End the RUN with && dnf clean all (or rm -rf /var/cache/dnf/*), or use RUN --mount=type=cache,target=/var/cache/dnf.") { Equivalent = "hadolint DL3040" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (at, run, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            if (commands.Any(c => c.HasAnyArg("dnf", "install") || c.HasAnyArg("microdnf", "install"))
                && !commands.Any(c => c.HasAnyArg("dnf", "clean", "all") || c.HasAnyArg("microdnf", "clean", "all")
                    || c.HasAnyArg("rm", "/var/cache/yum/*", "/var/cache/dnf/*", "/var/cache/yum", "/var/cache/dnf"))
                && !HadolintShell.CachesMount(run, "/var/cache/dnf") && !HadolintShell.CachesMount(run, "/var/cache/yum"))
            {
                yield return new DockerfileHit(at, $"`dnf clean all` missing after dnf command. {Info.Fix}");
            }
        }
    }
}
