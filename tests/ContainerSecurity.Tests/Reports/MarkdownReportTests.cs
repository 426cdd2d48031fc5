using ContainerSecurity.Findings;
using ContainerSecurity.Reports;

namespace ContainerSecurity.Tests.Reports;

[TestClass]
public sealed class MarkdownReportTests
{
    [TestMethod]
    public void The_Markdown_report_matches_the_golden_file()
    {
        // Golden/sample.md; rewrite it with UPDATE_GOLDEN=1 after a deliberate change, then review the diff.
        var markdown = MarkdownReport.Render(SampleScan.Create(), SampleScan.Context);

        GoldenFile.AssertMatches("sample.md", GoldenFile.Normalize(markdown));
    }

    [TestMethod]
    public void The_golden_comparison_fails_on_a_changed_report()
    {
        var markdown = MarkdownReport.Render(SampleScan.Create(), SampleScan.Context).Replace("libssl3", "libssl4");

        Assert.ThrowsExactly<AssertFailedException>(() => GoldenFile.AssertSame("sample.md", GoldenFile.Normalize(markdown)));
    }

    [TestMethod]
    public void Counts_vulnerabilities_by_severity_and_other_findings_by_level_leaving_out_suppressed_ones()
    {
        var markdown = MarkdownReport.Render(SampleScan.Create(), SampleScan.Context);

        StringAssert.Contains(markdown, "| count | 1 | 1 | 0 | 0 | 0 |");
        StringAssert.Contains(markdown, "| count | 1 | 1 | 1 | 1 |");
    }

    [TestMethod]
    public void A_Dockerfile_only_scan_has_no_vulnerability_counts()
    {
        var sample = SampleScan.Create();
        var dockerfileOnly = sample with { Images = [], Findings = [sample.Findings[3]] };

        var markdown = MarkdownReport.Render(dockerfileOnly, SampleScan.Context);

        Assert.IsFalse(markdown.Contains("| Vulnerabilities |"), "no image was scanned, so no vulnerability was looked for");
        StringAssert.Contains(markdown, "| count | 0 | 1 | 0 | 0 |");
    }

    [TestMethod]
    public void Errors_show_the_fix_and_vulnerabilities_show_package_versions_and_layer()
    {
        var markdown = MarkdownReport.Render(SampleScan.Create(), SampleScan.Context);
        var errors = Section(markdown, "### Errors");

        StringAssert.Contains(errors, "| [CVE-2024-5535](https://security-tracker.debian.org/tracker/CVE-2024-5535) | Critical | `libssl3` | `3.0.14-1~deb12u1` | upgrade to `3.0.15-1~deb12u1` | base image `sha256:bbbbbbbbbbbb` |");
        StringAssert.Contains(errors, "- `CSEC2001` `src/app/Dockerfile:1` The final image sha256:aaaaaaaaaaaa");
        StringAssert.Contains(errors, "Add USER app (or USER 1654) to the final stage.", "the message itself says what to do");
        Assert.IsFalse(errors.Contains("DL3008"), "warnings are not among the errors");
        StringAssert.Contains(Section(markdown, "### Warnings"), "`src/app/Dockerfile:5`");
    }

    [TestMethod]
    public void Suppressed_findings_are_listed_with_who_suppressed_them()
    {
        var suppressed = Section(MarkdownReport.Render(SampleScan.Create(), SampleScan.Context), "### Suppressed");

        StringAssert.Contains(suppressed, "CVE-2023-45853");
        StringAssert.Contains(suppressed, "ContainerSecuritySuppress CSEC3002: minizip is not used \\| reviewed");
    }

    [TestMethod]
    public void A_suppression_with_an_end_date_says_until_when()
    {
        var policy = new ContainerSecurity.Policy.DiagnosticPolicy(
            new ContainerSecurity.Policy.PolicySettings { Suppressions = [new("DL3008", "pinned by the base image", new DateOnly(2027, 1, 31))] },
            new ContainerSecurity.Settings.SettingLocator(null, []), new DateOnly(2026, 6, 1));
        var findings = policy.Apply([new Finding { Code = "DL3008", Level = DiagnosticLevel.Warning, Message = "Pin versions" }]);

        var suppressed = Section(MarkdownReport.Render(new ScanResult { Findings = findings }), "### Suppressed");

        StringAssert.Contains(suppressed, "ContainerSecuritySuppress DL3008: pinned by the base image (until 2027-01-31)");
    }

    [TestMethod]
    public void Markdown_and_table_characters_in_messages_are_escaped()
    {
        Assert.AreEqual("a \\| b \\*c\\* \\`d\\` \\<e\\> \\[f\\](g) \\~\\~h\\~\\~ \\&amp; \\_i\\_", MarkdownText.Escape("a | b *c* `d` <e> [f](g)\n~~h~~ &amp; _i_"));
        Assert.AreEqual("`a\\|b`", MarkdownText.Code("a|`b"));
    }

    [TestMethod]
    public void Long_sections_are_cut_so_the_job_summary_stays_small()
    {
        var many = Enumerable.Range(0, MarkdownReport.MaxRows + 5)
            .Select(i => new Finding { Code = "DL3008", Level = DiagnosticLevel.Warning, Message = $"warning {i}" }).ToList();

        var markdown = MarkdownReport.Render(new ScanResult { Findings = many });

        StringAssert.Contains(markdown, "… and 5 more");
        Assert.IsFalse(markdown.Contains($"warning {MarkdownReport.MaxRows}\n"));
    }

    private static string Section(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading, StringComparison.Ordinal);
        Assert.IsGreaterThanOrEqualTo(0, start, $"no section {heading}");
        var end = markdown.IndexOf("\n### ", start + heading.Length, StringComparison.Ordinal);
        return end < 0 ? markdown[start..] : markdown[start..end];
    }
}
