using ContainerSecurity.Findings;

namespace ContainerSecurity.Reports;

internal static class SarifLevels
{
    public static string Of(DiagnosticLevel level) =>
        level switch { DiagnosticLevel.Error => "error", DiagnosticLevel.Warning => "warning", _ => "note" };
}
