using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3053: a label-schema label of type rfc3339 that is not a valid RFC 3339 time.</summary>
public sealed class DL3053 : HadolintLabelTypeRule
{
    public override RuleInfo Info { get; } = new("DL3053", DiagnosticLevel.Warning, "Label `<label>` is not a valid time format - must conform to RFC3339.",
        "Give an RFC 3339 time, e.g. 2024-05-01T12:00:00Z.") { Equivalent = "hadolint DL3053" };

    protected override string Type => "rfc3339";
    protected override string What => "a valid RFC 3339 time";
    protected override bool IsValid(string value) => HadolintLabels.IsRfc3339(value);
}
