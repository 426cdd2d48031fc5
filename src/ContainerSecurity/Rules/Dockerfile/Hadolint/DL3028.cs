using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3028: unpinned gems make builds unrepeatable.</summary>
/// <remarks>Arguments after <c>--</c> go to the gem's build and are not gems.</remarks>
public sealed class DL3028 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3028", DiagnosticLevel.Warning, "Pin versions in gem install",
        "Pin each gem, e.g. gem install rake:13.2.1, or use gem install rake -v 13.2.1.") { Equivalent = "hadolint DL3028" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (at, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            var unpinned = commands.Where(IsUnversionedGemInstall)
                .SelectMany(c => c.Arguments.TakeWhile(a => a != "--").ArgsNoFlags().Where(a => a is not ("install" or "i")))
                .Where(g => !g.Contains(':'))
                .ToList();
            if (unpinned.Count > 0)
            {
                yield return new DockerfileHit(at, $"Pin versions in gem install: {string.Join(", ", unpinned)}. {Info.Fix}");
            }
        }
    }

    private static bool IsUnversionedGemInstall(SimpleCommand command) =>
        command.HasAnyArg("gem", "install", "i")
        && !command.Arguments.Any(a => a is "-v" or "--version" || a.StartsWith("--version=", StringComparison.Ordinal));
}
