using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3024: two stages with one name make --from and FROM references ambiguous.</summary>
public sealed class DL3024 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3024", DiagnosticLevel.Error, "FROM aliases (stage names) must be unique",
        "Give each stage its own name in FROM ... AS name.") { Equivalent = "hadolint DL3024" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in context.Document.Stages.Where(s => s.Name is not null))
        {
            if (!seen.Add(stage.Name!))
            {
                yield return new DockerfileHit(stage.From, $"FROM aliases (stage names) must be unique: '{stage.Name}' is used before. {Info.Fix}");
            }
        }
    }
}
