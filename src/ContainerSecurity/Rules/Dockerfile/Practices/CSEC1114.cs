using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC1114: `ENV key value` / `LABEL key value`, the legacy form that cannot hold several pairs and reads ambiguously.</summary>
public sealed class CSEC1114 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1114", DiagnosticLevel.Warning, "Legacy key/value format with whitespace separator should not be used",
        "Write ENV key=value (quote values with spaces), e.g. ENV APP_HOME=\"/app\".")
    { Equivalent = "BuildKit LegacyKeyValueFormat" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var instruction in context.Instructions.Where(i => i.Is("ENV") || i.Is("LABEL")))
        {
            if (instruction.KeyValues.Any(p => p.IsLegacyForm))
                yield return new DockerfileHit(instruction, $"\"{instruction.Keyword} key=value\" should be used instead of legacy \"{instruction.Keyword} key value\" format. {Info.Fix}");
        }
    }
}
