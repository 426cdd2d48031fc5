using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules;

/// <summary>What every rule declares: its code, default level, title and how to fix what it finds.</summary>
public sealed record RuleInfo(string Id, DiagnosticLevel DefaultLevel, string Title, string Fix)
{
    /// <summary>Rules hadolint ships switched off (DL1001, DL3057) are off here too until configured.</summary>
    public bool EnabledByDefault { get; init; } = true;

    /// <summary>The same check in other tools (hadolint, Trivy, BuildKit), for teams moving over.</summary>
    public string? Equivalent { get; init; }

    /// <summary>
    /// The analysis level (package release, major.minor) that introduced the rule. Below it, the rule's errors arrive
    /// as warnings, so a package update cannot fail a build that passed. "0.1" is the baseline: the first release.
    /// </summary>
    public string Since { get; init; } = "0.1";

    /// <summary>The release that raised <see cref="DefaultLevel"/> from <see cref="PreviousLevel"/>; older analysis levels keep the previous one.</summary>
    public string? LevelRaisedIn { get; init; }

    public DiagnosticLevel? PreviousLevel { get; init; }

    public string HelpLink => DiagnosticCodes.HelpLink(Id);
}
