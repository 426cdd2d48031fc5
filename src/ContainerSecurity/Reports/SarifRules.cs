using System.Text.Json.Nodes;
using ContainerSecurity.Advisories;
using ContainerSecurity.Findings;
using static ContainerSecurity.Reports.JsonNodes;

namespace ContainerSecurity.Reports;

/// <summary>
/// The SARIF rules: one per diagnostic code, and one per advisory for vulnerability findings, so code scanning shows
/// each CVE as its own alert kind with the advisory's summary, link and severity.
/// </summary>
internal static class SarifRules
{
    /// <summary>The rule a finding reports under: the advisory id for vulnerabilities, else the diagnostic code.</summary>
    public static string RuleId(Finding finding) => finding.Vulnerability?.Id ?? finding.Code;

    public static List<JsonObject> For(IReadOnlyList<Finding> findings) =>
    [
        .. findings.GroupBy(RuleId, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First().Vulnerability is { } v ? Advisory(v, g.ToList()) : Code(g.Key)),
    ];

    private static JsonObject Code(string code)
    {
        var info = DiagnosticCatalog.Find(code);
        return Object(
            ("id", code),
            ("shortDescription", Object(("text", info?.Title ?? code))),
            ("help", info is null ? null : Object(("text", info.Fix))),
            ("helpUri", DiagnosticCodes.HelpLink(code)),
            ("defaultConfiguration", info is null ? null : Object(("level", SarifLevels.Of(info.DefaultLevel)))));
    }

    private static JsonObject Advisory(Vulnerability vulnerability, List<Finding> findings)
    {
        var summary = vulnerability.Summary is { Length: > 0 } s ? s : $"{vulnerability.Id} ({vulnerability.Severity})";
        var code = findings[0].Code;
        var level = findings.Where(f => f.SuppressedBy is null).Select(f => f.Level).DefaultIfEmpty(DiagnosticLevel.Note).Max();
        return Object(
            ("id", vulnerability.Id),
            ("shortDescription", Object(("text", summary))),
            ("help", Object(("text", $"Details: {vulnerability.Url ?? DiagnosticCodes.HelpLink(code)}. Upgrade the package to a fixed version, or rebuild on a base image that has one."))),
            ("helpUri", AbsoluteUri(vulnerability.Url) ?? DiagnosticCodes.HelpLink(code)),
            ("defaultConfiguration", Object(("level", SarifLevels.Of(level)))),
            ("properties", Object(
                ("code", code),
                ("severity", vulnerability.Severity.ToString()),
                ("security-severity", Text(SecuritySeverity.Text(vulnerability))),
                ("aliases", vulnerability.Aliases.Count > 0 ? Strings(vulnerability.Aliases) : null),
                ("tags", Strings(["security", "vulnerability"])))));
    }

    private static string? AbsoluteUri(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : null;
}
