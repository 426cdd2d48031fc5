using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ContainerSecurity.Reports;

namespace ContainerSecurity.Tests.Reports;

[TestClass]
public sealed class JsonReportTests
{
    [TestMethod]
    public void The_JSON_report_holds_each_vulnerability_with_every_field()
    {
        var report = JsonNode.Parse(JsonReport.Render(SampleScan.Create()))!;
        var v = report["findings"]![0]!["vulnerability"]!;

        Assert.AreEqual(JsonReport.ReportVersion, (int)report["reportVersion"]!);
        Assert.AreEqual("CVE-2024-5535", (string)v["id"]!);
        Assert.AreEqual("critical", (string)v["severity"]!);
        Assert.AreEqual(9.1, (double)v["score"]!);
        Assert.AreEqual("3.0.15-1~deb12u1", (string)v["fixedVersion"]!);
        Assert.AreEqual("dpkg", (string)v["packageType"]!);
        Assert.AreEqual("sha256:" + new string('b', 64), (string)v["layerDigest"]!);
        Assert.IsTrue((bool)v["fromBaseImage"]!);
        CollectionAssert.AreEqual(new[] { "DSA-5749-1" }, v["aliases"]!.AsArray().Select(a => (string)a!).ToArray());
    }

    [TestMethod]
    public void The_JSON_report_is_the_same_for_the_same_result() =>
        Assert.AreEqual(JsonReport.Render(SampleScan.Create()), JsonReport.Render(SampleScan.Create()));

    [TestMethod]
    public void The_documented_fields_are_the_fields_written()
    {
        var doc = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "json-report.md"));
        var report = JsonNode.Parse(JsonReport.Render(SampleScan.Create()))!;
        var names = new[] { report, report["images"]![0]!, report["images"]![0]!["packages"]![0]!, report["images"]![0]!["packages"]![0]!["package"]!,
            report["findings"]![0]!, report["findings"]![0]!["location"]!, report["findings"]![0]!["vulnerability"]! }
            .SelectMany(n => n.AsObject().Select(p => p.Key)).Distinct();

        foreach (var name in names)
        {
            Assert.IsTrue(Regex.IsMatch(doc, $@"\| `([\w\[\]]+\.)*{name}` \|"), $"docs/json-report.md has no table row for {name}");
        }
    }

    private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", ".."));
}
