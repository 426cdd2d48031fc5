using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC1110: a stage name with capitals — BuildKit lower-cases it, so `COPY --from=Build` and `FROM Build` read differently from what runs.</summary>
public sealed class CSEC1110 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1110", DiagnosticLevel.Warning, "Stage names should be lowercase",
        "Write the stage name in lower case, e.g. FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build.")
    { Equivalent = "BuildKit StageNameCasing" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            if (BuildKitChecks.AsClause(stage.From).Name is { } name && name != name.ToLowerInvariant())
                yield return new DockerfileHit(stage.From, $"Stage name '{name}' should be lowercase. {Info.Fix}");
        }
    }
}
