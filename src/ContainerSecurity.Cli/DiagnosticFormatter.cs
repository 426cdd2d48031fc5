using ContainerSecurity.Findings;

namespace ContainerSecurity.Cli;

/// <summary>Prints findings in MSBuild's canonical format, so CI problem matchers and editors pick them up.</summary>
internal static class DiagnosticFormatter
{
    public static string Format(Finding finding, string fallbackOrigin)
    {
        var origin = finding.Location is { } l
            ? l.Line > 0 ? $"{l.File}({l.Line},{Math.Max(1, l.Column)})" : l.File
            : fallbackOrigin;
        var level = finding.Level switch { DiagnosticLevel.Error => "error", DiagnosticLevel.Warning => "warning", _ => "info" };
        var suppressed = finding.SuppressedBy is { } by ? $" (suppressed by {by})" : "";
        return $"{origin}: {level} {finding.Code}: {finding.Message}{suppressed}";
    }
}
