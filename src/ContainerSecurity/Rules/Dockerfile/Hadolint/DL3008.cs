using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3008: unpinned apt-get packages make builds unrepeatable.</summary>
public sealed class DL3008 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3008", DiagnosticLevel.Warning, "Pin versions in apt-get install",
        "Pin each package, e.g. apt-get install -y curl=7.88.1-10+deb12u5.") { Equivalent = "hadolint DL3008" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (run, command) in context.RunCommands())
        {
            if (!command.IsAptGet() || command.Subcommand != "install")
            {
                continue;
            }
            var unpinned = command.PackageArguments().Where(p => !p.Contains('=') && !p.EndsWith(".deb", StringComparison.Ordinal) && !p.Contains('/')).ToList();
            if (unpinned.Count > 0)
            {
                yield return new DockerfileHit(run, $"Pin versions in apt-get install: {string.Join(", ", unpinned)}. {Info.Fix}");
            }
        }
    }
}
