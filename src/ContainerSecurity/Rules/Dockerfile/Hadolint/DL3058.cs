using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3058: a label-schema label of type email that is not a valid email address.</summary>
public sealed class DL3058 : HadolintLabelTypeRule
{
    public override RuleInfo Info { get; } = new("DL3058", DiagnosticLevel.Warning, "Label `<label>` is not a valid email format - must conform to RFC5322.",
        "Give an email address, e.g. team@example.com.") { Equivalent = "hadolint DL3058" };

    protected override string Type => "email";
    protected override string What => "a valid email address";
    protected override bool IsValid(string value) => HadolintLabels.IsEmail(value);
}
