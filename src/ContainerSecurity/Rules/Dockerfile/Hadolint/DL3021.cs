using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3021: COPY of several sources needs a directory destination.</summary>
public sealed class DL3021 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3021", DiagnosticLevel.Error, "COPY with more than 2 arguments requires the last argument to end with /",
        "End the destination with /, e.g. COPY a.txt b.txt /app/.") { Equivalent = "hadolint DL3021" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var copy in context.All("COPY"))
        {
            var (sources, target) = CopyArguments.Of(copy);
            if (target is not null && sources.Count > 1 && !HadolintShell.DropQuotes(target).EndsWith('/'))
            {
                yield return new DockerfileHit(copy, $"COPY with more than 2 arguments requires the last argument to end with /: '{target}'. {Info.Fix}");
            }
        }
    }
}
