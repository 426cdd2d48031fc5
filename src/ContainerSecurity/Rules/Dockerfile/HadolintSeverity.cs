using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile;

/// <summary>hadolint's severities and how the contract maps them: error→error, warning→warning, info/style→message.</summary>
public enum HadolintSeverity
{
    Ignore,
    Style,
    Info,
    Warning,
    Error,
}

public static class HadolintSeverities
{
    public static DiagnosticLevel ToLevel(this HadolintSeverity severity) => severity switch
    {
        HadolintSeverity.Error => DiagnosticLevel.Error,
        HadolintSeverity.Warning => DiagnosticLevel.Warning,
        _ => DiagnosticLevel.Note,
    };

    public static HadolintSeverity? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "error" => HadolintSeverity.Error,
        "warning" => HadolintSeverity.Warning,
        "info" => HadolintSeverity.Info,
        "style" => HadolintSeverity.Style,
        "ignore" or "none" => HadolintSeverity.Ignore,
        _ => null,
    };
}
