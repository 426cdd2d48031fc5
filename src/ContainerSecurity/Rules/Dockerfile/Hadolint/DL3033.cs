using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3033: unpinned yum packages make builds unrepeatable.</summary>
public sealed class DL3033 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3033", DiagnosticLevel.Warning, "Specify version with `yum install -y <package>-<version>`",
        "Pin each package, e.g. yum install -y httpd-2.4.6, or a module with yum module install -y nodejs:20.") { Equivalent = "hadolint DL3033" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (at, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            var unpinned = commands.Where(c => c.HasAnyArg("yum", "install")).SelectMany(Unpinned).ToList();
            if (unpinned.Count > 0)
            {
                yield return new DockerfileHit(at, $"Specify version with `yum install -y <package>-<version>`: {string.Join(", ", unpinned)}. {Info.Fix}");
            }
        }
    }

    internal static IEnumerable<string> Unpinned(SimpleCommand command)
    {
        var packages = command.Arguments.ArgsNoFlags().AfterInstall().Where(a => a != "module");
        return command.Arguments.ArgsNoFlags().Contains("module")
            ? packages.Where(p => !p.Contains(':'))
            : packages.Where(p => !p.Contains('-') && !p.EndsWith(".rpm", StringComparison.Ordinal));
    }
}
