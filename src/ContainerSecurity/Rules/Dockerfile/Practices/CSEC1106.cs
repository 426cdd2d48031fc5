using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC1106: a package index update in a RUN with no install after it: the layer is cached, so a later install uses stale indexes.</summary>
public sealed class CSEC1106 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1106", DiagnosticLevel.Warning, "Package index update without an install in the same RUN",
        "Update and install in one RUN, e.g. RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*.")
    { Equivalent = "Trivy DS017" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var run in context.All("RUN"))
        {
            var commands = context.Commands(run).Select(c => c.Unwrap()).ToList();
            var update = commands.FindIndex(IsUpdate);
            if (update >= 0 && !commands.Skip(update + 1).Any(IsInstall))
                yield return new DockerfileHit(run, $"'{commands[update].Invocation}' is not followed by an install in the same RUN, so its cached layer serves stale package lists. {Info.Fix}");
        }
    }

    private static bool IsUpdate(SimpleCommand c) => (c.IsAptGet() || c.IsApt() || c.IsApk()) && c.Subcommand == "update";

    private static bool IsInstall(SimpleCommand c) =>
        (c.IsAptGet() || c.IsApt() || c.Is("aptitude")) && c.Subcommand is "install" or "upgrade" or "dist-upgrade" or "full-upgrade" or "reinstall" or "build-dep" or "source"
        || c.IsApk() && c.Subcommand is "add" or "upgrade" or "fix";
}
