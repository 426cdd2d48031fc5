using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3037: unpinned zypper packages make builds unrepeatable.</summary>
public sealed class DL3037 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3037", DiagnosticLevel.Warning, "Specify version with `zypper install -y <package>=<version>`",
        "Pin each package, e.g. zypper install -y httpd=2.4.51 (or with <, <=, >, >=).") { Equivalent = "hadolint DL3037" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (at, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            var unpinned = commands.Where(c => c.HasAnyArg("zypper", "install", "in"))
                .SelectMany(c => c.Arguments.ArgsNoFlags().SkipWhile(a => a is not ("install" or "in")).Skip(1))
                .Where(p => !p.Contains('=') && !p.Contains('<') && !p.Contains('>') && !p.Contains('~') && !p.EndsWith(".rpm", StringComparison.Ordinal))
                .ToList();
            if (unpinned.Count > 0)
            {
                yield return new DockerfileHit(at, $"Specify version with `zypper install -y <package>=<version>`: {string.Join(", ", unpinned)}. {Info.Fix}");
            }
        }
    }
}
