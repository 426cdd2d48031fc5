using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules;

/// <summary>What every rule declares: its code, default level, title and how to fix what it finds.</summary>
public sealed record RuleInfo(string Id, DiagnosticLevel DefaultLevel, string Title, string Fix)
{
    /// <summary>Rules hadolint ships switched off (DL1001, DL3057) are off here too until configured.</summary>
    public bool EnabledByDefault { get; init; } = true;

    /// <summary>The same check in other tools (hadolint, Trivy, BuildKit), for teams moving over.</summary>
    public string? Equivalent { get; init; }

    public string HelpLink => DiagnosticCodes.HelpLink(Id);
}
