using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3052: a label-schema label of type url that is not a valid URL.</summary>
public sealed class DL3052 : HadolintLabelTypeRule
{
    public override RuleInfo Info { get; } = new("DL3052", DiagnosticLevel.Warning, "Label `<label>` is not a valid URL.",
        "Give an absolute URL, e.g. https://github.com/org/repo.") { Equivalent = "hadolint DL3052" };

    protected override string Type => "url";
    protected override string What => "a valid URL";
    protected override bool IsValid(string value) => HadolintLabels.IsValidUrl(value);
}
