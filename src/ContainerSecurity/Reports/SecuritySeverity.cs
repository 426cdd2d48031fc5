using System.Globalization;
using ContainerSecurity.Advisories;

namespace ContainerSecurity.Reports;

/// <summary>
/// The number GitHub code scanning ranks vulnerability alerts by (<c>security-severity</c>): the CVSS score when the
/// advisory has one, else a score inside the band of its severity label. Unknown severity has no number.
/// </summary>
public static class SecuritySeverity
{
    public static double? Score(Vulnerability vulnerability) => vulnerability.Score ?? vulnerability.Severity switch
    {
        Severity.Critical => 9.5,
        Severity.High => 8.0,
        Severity.Medium => 5.5,
        Severity.Low => 2.0,
        _ => null,
    };

    public static string? Text(Vulnerability vulnerability) =>
        Score(vulnerability)?.ToString("0.0", CultureInfo.InvariantCulture);
}
