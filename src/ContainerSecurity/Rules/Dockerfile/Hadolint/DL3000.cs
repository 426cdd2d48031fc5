using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3000: a relative WORKDIR depends on whatever the previous WORKDIR was.</summary>
public sealed class DL3000 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3000", DiagnosticLevel.Error, "Use absolute WORKDIR",
        "Use an absolute path, e.g. WORKDIR /app.") { Equivalent = "hadolint DL3000" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var workdir in context.All("WORKDIR"))
        {
            var path = HadolintShell.DropQuotes(workdir.Arguments);
            var absolute = path.StartsWith('$') || path.StartsWith('/') || (path.Length >= 2 && char.IsLetter(path[0]) && path[1] == ':');
            if (!absolute)
            {
                yield return new DockerfileHit(workdir, $"Use absolute WORKDIR: '{workdir.Arguments}' is relative. {Info.Fix}");
            }
        }
    }
}
