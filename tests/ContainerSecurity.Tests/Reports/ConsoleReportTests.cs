using ContainerSecurity.Cli;

namespace ContainerSecurity.Tests.Reports;

[TestClass]
public sealed class ConsoleReportTests
{
    [TestMethod]
    public void The_console_output_of_the_sample_scan_matches_the_golden_file()
    {
        var lines = ConsoleReport.Lines(SampleScan.Create(), "/work/obj/image.tar");

        GoldenFile.AssertMatches("sample.console.txt", GoldenFile.Normalize(string.Join("\n", lines) + "\n"));
    }

    [TestMethod]
    public void Findings_print_in_msbuild_format_and_the_summary_comes_last()
    {
        var lines = ConsoleReport.Lines(SampleScan.Create(), "/work/obj/image.tar").ToList();

        StringAssert.EndsWith(lines.Single(l => l.Contains("CSEC3004", StringComparison.Ordinal)), "app.csproj: error CSEC3004: libssl3 3.0.14-1~deb12u1 has CVE-2024-5535 (Critical); fixed in 3.0.15-1~deb12u1; from the base image.");
        StringAssert.Contains(lines.Single(l => l.Contains("DL3008", StringComparison.Ordinal)), "Dockerfile(5,1): warning DL3008: ");
        Assert.AreEqual(SampleScan.Create().Summary, lines[^1]);
    }
}
