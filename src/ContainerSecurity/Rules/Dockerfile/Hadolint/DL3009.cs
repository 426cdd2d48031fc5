using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3009: apt-get update leaves its package lists in the layer unless the same RUN removes them.</summary>
/// <remarks>
/// As hadolint: only stages that end up in an image count (the final stage, or a named stage another FROM builds on);
/// ONBUILD RUNs always count (they run in downstream images); a RUN that caches /var/lib/apt/lists (or both /var/lib/apt and /var/cache/apt) with --mount=type=cache is fine.
/// </remarks>
public sealed class DL3009 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3009", DiagnosticLevel.Note, "Delete the apt-get lists after installing something",
        "End the RUN with && rm -rf /var/lib/apt/lists/*, or use RUN --mount=type=cache,target=/var/lib/apt/lists.") { Equivalent = "hadolint DL3009" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        var stages = context.Document.Stages;
        var baseImages = stages.Select(s => s.BaseImage).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (at, run, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            if (!commands.Any(c => c.HasAnyArg("apt-get", "update")) || commands.Any(c => c.HasAnyArg("rm", "-rf", "/var/lib/apt/lists/*")))
            {
                continue;
            }
            if (CachesMount(run, "/var/lib/apt/lists") || (CachesMount(run, "/var/lib/apt") && CachesMount(run, "/var/cache/apt")))
            {
                continue;
            }
            var inImage = at != run || stages.Count == 0 || at.StageIndex == stages.Count - 1
                || (at.StageIndex >= 0 && stages[at.StageIndex].Name is { } name && baseImages.Contains(name));
            if (inImage)
            {
                yield return new DockerfileHit(at, $"Delete the apt-get lists after installing something. {Info.Fix}");
            }
        }
    }

    private static bool CachesMount(Instruction run, string directory) =>
        run.FlagValues("mount").Any(mount =>
        {
            var options = mount.Split(',').Select(o => o.Split('=', 2)).ToDictionary(o => o[0].Trim(), o => o.Length > 1 ? o[1].Trim() : "", StringComparer.OrdinalIgnoreCase);
            var target = options.GetValueOrDefault("target") ?? options.GetValueOrDefault("dst") ?? options.GetValueOrDefault("destination");
            return options.GetValueOrDefault("type") == "cache" && target is not null && target.StartsWith(directory, StringComparison.Ordinal);
        });
}
