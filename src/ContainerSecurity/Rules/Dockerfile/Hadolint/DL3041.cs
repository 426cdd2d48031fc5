using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3041: unpinned dnf packages make builds unrepeatable.</summary>
public sealed class DL3041 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3041", DiagnosticLevel.Warning, "Specify version with `dnf install -y <package>-<version>`",
        "Pin each package, e.g. dnf install -y httpd-2.4.57, or a module with dnf module install -y nodejs:20.") { Equivalent = "hadolint DL3041" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (at, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            var unpinned = commands.Where(c => c.HasAnyArg("dnf", "install") || c.HasAnyArg("microdnf", "install")).SelectMany(DL3033.Unpinned).ToList();
            if (unpinned.Count > 0)
            {
                yield return new DockerfileHit(at, $"Specify version with `dnf install -y <package>-<version>`: {string.Join(", ", unpinned)}. {Info.Fix}");
            }
        }
    }
}
