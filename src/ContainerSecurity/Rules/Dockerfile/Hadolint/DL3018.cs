using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3018: unpinned apk packages make builds unrepeatable.</summary>
public sealed class DL3018 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3018", DiagnosticLevel.Warning, "Pin versions in apk add",
        "Pin each package, e.g. apk add curl=8.11.1-r0 (or a ~ constraint).") { Equivalent = "hadolint DL3018" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (at, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            var unpinned = commands.Where(c => c.HasAnyArg("apk", "add"))
                .SelectMany(c => c.Arguments.DropFlagValues("t", "virtual", "repository", "X").ArgsNoFlags().Where(a => a != "add"))
                .Where(p => !p.Contains('=') && !p.Contains('~') && !p.EndsWith(".apk", StringComparison.Ordinal))
                .ToList();
            if (unpinned.Count > 0)
            {
                yield return new DockerfileHit(at, $"Pin versions in apk add: {string.Join(", ", unpinned)}. {Info.Fix}");
            }
        }
    }
}
