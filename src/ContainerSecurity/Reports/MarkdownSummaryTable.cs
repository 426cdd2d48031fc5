using System.Text;
using ContainerSecurity.Advisories;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Reports;

/// <summary>The counts at the top of the Markdown report: vulnerabilities by severity, other findings by level.</summary>
internal static class MarkdownSummaryTable
{
    public static void Write(StringBuilder md, IReadOnlyList<Finding> findings, bool imagesScanned)
    {
        var active = findings.Where(f => f.SuppressedBy is null).ToList();
        var vulnerabilities = active.Where(f => f.Vulnerability is not null).ToList();
        var others = active.Where(f => f.Vulnerability is null).ToList();
        int Severity(Severity s) => vulnerabilities.Count(f => f.Vulnerability!.Severity == s);
        int Level(DiagnosticLevel l) => others.Count(f => f.Level == l);

        // A Dockerfile-only scan looks for no vulnerabilities: a row of zeros would claim it found none.
        if (imagesScanned || vulnerabilities.Count > 0)
        {
            md.Append("| Vulnerabilities | Critical | High | Medium | Low | Unknown |\n|---|---:|---:|---:|---:|---:|\n");
            md.Append($"| count | {Severity(Advisories.Severity.Critical)} | {Severity(Advisories.Severity.High)} | {Severity(Advisories.Severity.Medium)} | {Severity(Advisories.Severity.Low)} | {Severity(Advisories.Severity.Unknown)} |\n\n");
        }
        md.Append("| Other findings | Errors | Warnings | Notes | Suppressed |\n|---|---:|---:|---:|---:|\n");
        md.Append($"| count | {Level(DiagnosticLevel.Error)} | {Level(DiagnosticLevel.Warning)} | {Level(DiagnosticLevel.Note)} | {findings.Count(f => f.SuppressedBy is not null)} |\n\n");
    }
}
