namespace ContainerSecurity.Vex;

/// <summary>The four OpenVEX statuses, by their spelling in documents.</summary>
public static class VexStatus
{
    public const string NotAffected = "not_affected";
    public const string Affected = "affected";
    public const string Fixed = "fixed";
    public const string UnderInvestigation = "under_investigation";

    public static IReadOnlyList<string> All { get; } = [NotAffected, Affected, Fixed, UnderInvestigation];

    public static IReadOnlyList<string> Justifications { get; } =
    [
        "component_not_present", "vulnerable_code_not_present", "vulnerable_code_not_in_execute_path",
        "vulnerable_code_cannot_be_controlled_by_adversary", "inline_mitigations_already_exist",
    ];

    /// <summary>not_affected and fixed silence a finding; affected and under_investigation keep it.</summary>
    public static bool Suppresses(string status) => status is NotAffected or Fixed;
}
