using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3051: a label-schema label set to an empty value.</summary>
public sealed class DL3051 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3051", DiagnosticLevel.Warning, "Label `<label>` is empty.",
        "Give the label a value.") { Equivalent = "hadolint DL3051" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        if (context.Settings.LabelSchema.Count == 0)
        {
            yield break;
        }
        foreach (var (label, pair) in HadolintLabels.Pairs(context))
        {
            if (context.Settings.LabelSchema.ContainsKey(pair.Key) && string.IsNullOrEmpty(pair.Value))
            {
                yield return new DockerfileHit(label, $"Label `{pair.Key}` is empty. {Info.Fix}");
            }
        }
    }
}
