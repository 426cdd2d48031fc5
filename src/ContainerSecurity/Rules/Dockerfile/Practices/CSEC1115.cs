using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC1115: FROM uses a variable no meta ARG (ARG before the first FROM) declares, so it expands to nothing.</summary>
public sealed class CSEC1115 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1115", DiagnosticLevel.Warning, "FROM command must use declared ARGs",
        "Declare the variable with an ARG before the first FROM (with a default), e.g. ARG TAG=10.0.")
    { Equivalent = "BuildKit UndefinedArgInFrom" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        var declared = context.Document.MetaArgs.SelectMany(a => a.KeyValues).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var stage in context.Document.Stages)
        {
            var text = stage.BaseImage + " " + stage.Platform;
            foreach (var name in BuildKitChecks.Variables(text).Where(n => !declared.Contains(n) && !BuildKitChecks.BuiltInArgs.Contains(n)))
                yield return new DockerfileHit(stage.From, $"FROM argument '{name}' is not declared. {Info.Fix}");
        }
    }
}
