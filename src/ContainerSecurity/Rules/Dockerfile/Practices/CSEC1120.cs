using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC1120: what BuildKit's parser warns about (empty continuation lines, which a future release rejects).</summary>
public sealed class CSEC1120 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1120", DiagnosticLevel.Warning, "Empty continuation lines will become errors in a future release",
        "Remove the blank line inside the continued instruction, or end the instruction before it.")
    { Equivalent = "BuildKit NoEmptyContinuation" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var warning in context.Document.Warnings.Where(w => w.Message.StartsWith("Empty continuation", StringComparison.Ordinal)))
        {
            var at = context.Instructions.LastOrDefault(i => i.StartLine <= warning.Line && i.EndLine >= warning.Line)
                ?? context.Instructions.LastOrDefault(i => i.StartLine <= warning.Line);
            yield return new DockerfileHit(at, $"Empty continuation line found at line {warning.Line}. {Info.Fix}");
        }
    }
}
