using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3013: unpinned pip packages make builds unrepeatable.</summary>
public sealed class DL3013 : IDockerfileRule
{
    private static readonly string[] ValueOptions =
    [
        "abi", "b", "build", "e", "editable", "extra-index-url", "f", "find-links", "i", "index-url", "implementation", "no-binary",
        "only-binary", "platform", "prefix", "progress-bar", "proxy", "python-version", "root", "src", "t", "target", "trusted-host", "upgrade-strategy",
    ];

    private static readonly string[] VersionSymbols = ["==", ">=", "<=", ">", "<", "!=", "~=", "==="];

    private static readonly string[] VcsSchemes =
    [
        "git+file", "git+https", "git+ssh", "git+http", "git+git", "git", "hg+file", "hg+http", "hg+https", "hg+ssh", "hg+static-http",
        "svn", "svn+svn", "svn+http", "svn+https", "svn+ssh", "bzr+http", "bzr+https", "bzr+ssh", "bzr+sftp", "bzr+ftp", "bzr+lp",
    ];

    public RuleInfo Info { get; } = new("DL3013", DiagnosticLevel.Warning, "Pin versions in pip",
        "Pin each package, e.g. pip install requests==2.32.3, or install from a requirements file with pip install -r requirements.txt.") { Equivalent = "hadolint DL3013" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (at, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            var unpinned = commands.Where(IsPipInstall).SelectMany(Packages).Where(p => !IsPinned(p)).ToList();
            if (unpinned.Count > 0)
            {
                yield return new DockerfileHit(at, $"Pin versions in pip: {string.Join(", ", unpinned)}. {Info.Fix}");
            }
        }
    }

    private static bool IsPipInstall(SimpleCommand command)
    {
        var arguments = command.Arguments;
        var pip = command.Program.StartsWith("pip", StringComparison.Ordinal) && arguments.Contains("install");
        var pythonModule = command.Program.StartsWith("python", StringComparison.Ordinal)
            && Enumerable.Range(0, Math.Max(0, arguments.Count - 2)).Any(i => arguments[i] == "-m" && arguments[i + 1] == "pip" && arguments[i + 2] == "install");
        var fromRequirements = arguments.Any(a => a is "--requirement" or "-r" or ".");
        var constrained = command.HasFlag("constraint", "c");
        return (pip || pythonModule) && !fromRequirements && !constrained;
    }

    private static IEnumerable<string> Packages(SimpleCommand command) =>
        command.Arguments.DropFlagValues(ValueOptions).ArgsNoFlags().AfterInstall();

    private static bool IsPinned(string package)
    {
        var vcs = VcsSchemes.Any(s => package.StartsWith(s, StringComparison.Ordinal));
        return VersionSymbols.Any(package.Contains)
            || (vcs && package.Contains('@'))
            || package.EndsWith(".whl", StringComparison.Ordinal) || package.EndsWith(".tar.gz", StringComparison.Ordinal)
            || (!vcs && package.Contains('/'));
    }
}
