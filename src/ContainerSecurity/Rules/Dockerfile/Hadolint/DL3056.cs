using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3056: a label-schema label of type semver that is not a semantic version.</summary>
public sealed class DL3056 : HadolintLabelTypeRule
{
    public override RuleInfo Info { get; } = new("DL3056", DiagnosticLevel.Warning, "Label `<label>` does not conform to semantic versioning.",
        "Give a semantic version, e.g. 1.4.2.") { Equivalent = "hadolint DL3056" };

    protected override string Type => "semver";
    protected override string What => "a semantic version";
    protected override bool IsValid(string value) => HadolintLabels.IsSemVer(value);
}
