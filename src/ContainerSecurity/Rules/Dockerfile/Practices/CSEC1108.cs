using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC1108: dnf/microdnf install without --nodocs puts documentation into the image.</summary>
public sealed class CSEC1108 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1108", DiagnosticLevel.Warning, "dnf install without --nodocs",
        "Add --nodocs (or --setopt=tsflags=nodocs), e.g. RUN microdnf install -y --nodocs curl.")
    { Equivalent = "Trivy DS028" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (run, raw) in context.RunCommands())
        {
            var command = raw.Unwrap();
            if ((command.IsDnf() || command.IsMicrodnf()) && command.Subcommand is "install" or "reinstall"
                && !command.HasFlag("--nodocs") && !command.Arguments.Any(a => a.Contains("tsflags=nodocs", StringComparison.Ordinal)))
            {
                yield return new DockerfileHit(run, $"'{command.Invocation}' without --nodocs installs documentation the image does not need. {Info.Fix}");
            }
        }
    }
}
