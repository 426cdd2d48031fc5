using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3020: ADD of plain files and folders does what COPY does, with ADD's surprises.</summary>
public sealed class DL3020 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3020", DiagnosticLevel.Error, "Use COPY instead of ADD for files and folders",
        "Replace ADD with COPY; keep ADD only for URLs and archives to extract.") { Equivalent = "hadolint DL3020" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var add in context.All("ADD"))
        {
            var (sources, _) = CopyArguments.Of(add);
            var plain = sources.Where(s => !HadolintShell.IsArchive(s) && !IsUrl(s)).ToList();
            if (plain.Count > 0)
            {
                yield return new DockerfileHit(add, $"Use COPY instead of ADD for files and folders: {string.Join(", ", plain)}. {Info.Fix}");
            }
        }
    }

    private static bool IsUrl(string source) =>
        HadolintShell.DropQuotes(source) is var s && (s.StartsWith("https://", StringComparison.Ordinal) || s.StartsWith("http://", StringComparison.Ordinal));
}
