using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3049: a label-schema label the final stage (with the stages it builds on) does not set.</summary>
public sealed class DL3049 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3049", DiagnosticLevel.Note, "Label `<label>` is missing.",
        "Set every label of the label-schema with LABEL in the final stage.") { Equivalent = "hadolint DL3049" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        if (context.Settings.LabelSchema.Count == 0 || context.FinalStage is not { } final)
        {
            yield break;
        }
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stage in Lineage(context, final))
        {
            present.UnionWith(stage.Instructions.Where(i => i.Is("LABEL")).SelectMany(i => i.KeyValues).Select(kv => kv.Key));
        }
        foreach (var name in context.Settings.LabelSchema.Keys.Where(k => !present.Contains(k)).Order(StringComparer.Ordinal))
        {
            yield return new DockerfileHit(final.From, $"Label `{name}` is missing. {Info.Fix}");
        }
    }

    /// <summary>The stage and the named stages it is built FROM, nearest first.</summary>
    internal static IEnumerable<Stage> Lineage(DockerfileContext context, Stage stage)
    {
        var stages = context.Document.Stages;
        var seen = new HashSet<int>();
        for (var s = stage; s is not null && seen.Add(s.Index);
             s = stages.Take(s.Index).LastOrDefault(b => b.Name is not null && string.Equals(b.Name, s.BaseImage, StringComparison.OrdinalIgnoreCase)))
        {
            yield return s;
        }
    }
}
