using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3054: a label-schema label of type spdx that is not a valid SPDX license identifier.</summary>
public sealed class DL3054 : HadolintLabelTypeRule
{
    public override RuleInfo Info { get; } = new("DL3054", DiagnosticLevel.Warning, "Label `<label>` is not a valid SPDX license identifier.",
        "Give an SPDX license identifier or expression, e.g. Apache-2.0 or MIT OR Apache-2.0.") { Equivalent = "hadolint DL3054" };

    protected override string Type => "spdx";
    protected override string What => "a valid SPDX license identifier";
    protected override bool IsValid(string value) => HadolintLabels.IsSpdx(value);
}
