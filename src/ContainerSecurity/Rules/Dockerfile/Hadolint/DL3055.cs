using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3055: a label-schema label of type hash that is not a valid git hash.</summary>
public sealed class DL3055 : HadolintLabelTypeRule
{
    public override RuleInfo Info { get; } = new("DL3055", DiagnosticLevel.Warning, "Label `<label>` is not a valid git hash.",
        "Give a 7-character short or 40-character full lower-case git commit hash, e.g. 1a2b3c4.") { Equivalent = "hadolint DL3055" };

    protected override string Type => "hash";
    protected override string What => "a valid git hash";
    protected override bool IsValid(string value) => HadolintLabels.IsGitHash(value);
}
