using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3036: zypper install leaves its cache in the layer unless the same RUN cleans it.</summary>
public sealed class DL3036 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3036", DiagnosticLevel.Warning, "`zypper clean` missing after zypper use",
        "End the RUN with && zypper clean (or zypper cc), or use RUN --mount=type=cache,target=/var/cache/zypp.") { Equivalent = "hadolint DL3036" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (at, run, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            if (commands.Any(c => c.HasAnyArg("zypper", "install", "in"))
                && !commands.Any(c => c.HasAnyArg("zypper", "clean", "cc") || c.HasAnyArg("rm", "/var/cache/zypp/*", "/var/cache/zypp"))
                && !HadolintShell.CachesMount(run, "/var/cache/zypp"))
            {
                yield return new DockerfileHit(at, $"`zypper clean` missing after zypper use. {Info.Fix}");
            }
        }
    }
}
