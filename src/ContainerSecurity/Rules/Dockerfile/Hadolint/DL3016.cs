using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3016: unpinned npm packages make builds unrepeatable.</summary>
public sealed class DL3016 : IDockerfileRule
{
    private static readonly string[] GitPrefixes = ["git://", "git+ssh://", "git+http://", "git+https://"];
    private static readonly string[] PathPrefixes = ["/", "./", "../", "~/"];
    private static readonly string[] TarballSuffixes = [".tar", ".tar.gz", ".tgz"];

    public RuleInfo Info { get; } = new("DL3016", DiagnosticLevel.Warning, "Pin versions in npm",
        "Pin each package, e.g. npm install express@4.21.2, or install from package-lock.json with npm ci.") { Equivalent = "hadolint DL3016" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (at, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            var unpinned = commands.Where(IsNpmInstall)
                .SelectMany(c => c.Arguments.DropFlagValues("loglevel", "registry").ArgsNoFlags().AfterInstall())
                .Where(p => !IsPinned(p))
                .ToList();
            if (unpinned.Count > 0)
            {
                yield return new DockerfileHit(at, $"Pin versions in npm: {string.Join(", ", unpinned)}. {Info.Fix}");
            }
        }
    }

    private static bool IsNpmInstall(SimpleCommand command) =>
        command.HasAnyArg("npm", "install") && command.Arguments.ArgsNoFlags().FirstOrDefault() == "install";

    private static bool IsPinned(string package)
    {
        if (GitPrefixes.Any(p => package.StartsWith(p, StringComparison.Ordinal)))
            return package.Contains('#');
        if (TarballSuffixes.Any(s => package.EndsWith(s, StringComparison.Ordinal)) || PathPrefixes.Any(p => package.StartsWith(p, StringComparison.Ordinal)))
            return true;
        // hadolint drops a scope by dropping the leading characters that sort after '/'.
        var name = package.StartsWith('@') ? new string(package.SkipWhile(c => c > '/').ToArray()) : package;
        return name.Contains('@');
    }
}
