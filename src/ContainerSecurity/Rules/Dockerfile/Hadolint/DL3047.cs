using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3047: wget's default progress bar floods the build log.</summary>
public sealed class DL3047 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3047", DiagnosticLevel.Note, "Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).",
        "Add --progress=dot:giga, or -q / -nv.") { Equivalent = "hadolint DL3047" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var (at, _, commands) in HadolintShell.Runs(context, onBuild: true))
        {
            if (commands.FirstOrDefault(c => c.IsWget() && !c.HasFlag("progress", "q", "quiet", "no-verbose", "o", "output-file", "a", "append-output")
                    && !c.Arguments.Contains("-nv")) is { } command)
            {
                yield return new DockerfileHit(at, $"Avoid use of wget without progress bar: '{command.Text}'. {Info.Fix}");
            }
        }
    }
}
