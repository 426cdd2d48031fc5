using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3062: go install/get/run of a module without a pinned version (or at @latest).</summary>
public sealed class DL3062 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3062", DiagnosticLevel.Warning, "Pin versions in go install",
        "Use go install <package>@<version>, e.g. golang.org/x/tools/gopls@v0.16.1, not @latest.") { Equivalent = "hadolint DL3062" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (at, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            foreach (var command in commands.Select(c => c.Unwrap()).Where(c => c.IsGo() && c.Subcommand is "install" or "get" or "run"))
            {
                var packages = command.Arguments.SkipWhile(a => a != command.Subcommand).Skip(1).ArgsNoFlags()
                    .Where(a => !a.StartsWith('.') && !a.StartsWith('/') && a.Contains('.'))
                    .ToList();
                if (command.Subcommand == "run")
                {
                    packages = packages.Take(1).ToList();
                }
                var unpinned = packages.Where(p => !p.Contains('@') || p.EndsWith("@latest", StringComparison.Ordinal)).ToList();
                if (unpinned.Count > 0)
                {
                    yield return new DockerfileHit(at, $"Pin versions in go {command.Subcommand}: {string.Join(", ", unpinned)}. {Info.Fix}");
                }
            }
        }
    }
}
