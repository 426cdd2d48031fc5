using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC1111: `FROM x as y` / `from x AS y` — the AS keyword's case should match FROM's.</summary>
public sealed class CSEC1111 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1111", DiagnosticLevel.Warning, "The 'as' keyword should match the case of the 'from' keyword",
        "Write FROM ... AS name, or from ... as name.")
    { Equivalent = "BuildKit FromAsCasing" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            var from = PracticeHelpers.WrittenKeyword(stage.From);
            if (BuildKitChecks.AsClause(stage.From).As is not { } keyword)
                continue;
            if (BuildKitChecks.IsUpper(from) && !BuildKitChecks.IsUpper(keyword) || BuildKitChecks.IsLower(from) && !BuildKitChecks.IsLower(keyword))
                yield return new DockerfileHit(stage.From, $"'{keyword}' and '{from}' keywords' casing do not match. {Info.Fix}");
        }
    }
}
