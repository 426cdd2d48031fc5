using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3046: useradd with a large UID and without -l writes huge sparse log files into the layer.</summary>
public sealed class DL3046 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3046", DiagnosticLevel.Warning, "`useradd` without flag `-l` and high UID will result in excessively large Image.",
        "Add -l (--no-log-init), e.g. useradd -l -u 123456789 app; otherwise /var/log/lastlog and faillog grow to the UID's size.") { Equivalent = "hadolint DL3046" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (at, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            if (commands.FirstOrDefault(c => c.IsUseradd() && !c.HasFlag("l", "no-log-init") && Uids(c.Arguments).Any(u => u.Length > 5)) is { } command)
            {
                yield return new DockerfileHit(at, $"`useradd` without flag `-l` and high UID will result in excessively large Image: '{command.Text}'. {Info.Fix}");
            }
        }
    }

    private static IEnumerable<string> Uids(IReadOnlyList<string> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] is "-u" or "--uid" && i + 1 < arguments.Count)
                yield return HadolintShell.DropQuotes(arguments[i + 1]);
            else if (arguments[i].StartsWith("--uid=", StringComparison.Ordinal))
                yield return HadolintShell.DropQuotes(arguments[i]["--uid=".Length..]);
            else if (arguments[i].StartsWith("-u", StringComparison.Ordinal) && !arguments[i].StartsWith("--", StringComparison.Ordinal) && arguments[i].Length > 2)
                yield return HadolintShell.DropQuotes(arguments[i][2..]);
        }
    }
}
