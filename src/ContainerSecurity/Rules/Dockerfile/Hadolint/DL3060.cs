using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3060: yarn install leaves its cache in the layer unless the same RUN runs yarn cache clean.</summary>
public sealed class DL3060 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3060", DiagnosticLevel.Note, "`yarn cache clean` missing after `yarn install` was run.",
        "Run yarn cache clean in the same RUN, or use a cache mount (--mount=type=cache).") { Equivalent = "hadolint DL3060" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (at, run, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            var unwrapped = commands.Select(c => c.Unwrap()).ToList();
            if (!unwrapped.Any(c => c.IsYarn() && c.Arguments.ArgsNoFlags().FirstOrDefault() == "install"))
            {
                continue;
            }
            var cleaned = unwrapped.Any(c => c.IsYarn() && c.Arguments.ArgsNoFlags().Take(2).SequenceEqual(["cache", "clean"]));
            var cacheMount = run.FlagValues("mount").Any(v => v.Contains("type=cache", StringComparison.Ordinal));
            if (!cleaned && !cacheMount)
            {
                yield return new DockerfileHit(at, $"yarn install without yarn cache clean. {Info.Fix}");
            }
        }
    }
}
