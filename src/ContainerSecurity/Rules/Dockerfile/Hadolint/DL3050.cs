using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3050: with strict-labels, a label outside the label-schema.</summary>
public sealed class DL3050 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3050", DiagnosticLevel.Note, "Superfluous label(s) present.",
        "Remove the label, or add it to the label-schema in .hadolint.yaml.") { Equivalent = "hadolint DL3050" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        if (context.Settings.LabelSchema.Count == 0 || !context.Settings.StrictLabels)
        {
            yield break;
        }
        foreach (var label in context.All("LABEL"))
        {
            var extra = label.KeyValues.Select(kv => kv.Key).Where(k => !context.Settings.LabelSchema.ContainsKey(k)).ToList();
            if (extra.Count > 0)
            {
                yield return new DockerfileHit(label, $"Superfluous label(s) present: {string.Join(", ", extra)}. {Info.Fix}");
            }
        }
    }
}
