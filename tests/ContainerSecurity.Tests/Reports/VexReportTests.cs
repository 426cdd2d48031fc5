using System.Text.Json.Nodes;
using ContainerSecurity.Policy;
using ContainerSecurity.Reports;
using ContainerSecurity.Tests.Vex;
using ContainerSecurity.Vex;

namespace ContainerSecurity.Tests.Reports;

/// <summary>
/// The sample scan with the OpenSSL CVE marked not_affected by a VEX document (through the real matcher) and the zlib
/// CVE suppressed by a ContainerSecuritySuppress item: every report says which suppressed what.
/// </summary>
[TestClass]
public sealed class VexReportTests
{
    private static ScanResult Scan()
    {
        var sample = SampleScan.Create();
        var vex = VexFixture.OpenVex(VexFixture.Statement("DSA-5749-1", """{ "@id": "pkg:oci/myapp?tag=1.2", "subcomponents": [ { "@id": "pkg:deb/debian/libssl3" } ] }""",
            extra: "\"justification\": \"vulnerable_code_not_in_execute_path\", \"@id\": \"https://example.com/vex/1#openssl\""));
        var matcher = new VexMatcher([VexDocumentReader.Read(VexFixture.Write(vex), "vex/openssl.json")], sample.Images);
        var item = new Suppression("CVE-2023-45853", "minizip is not used", new DateOnly(2099, 1, 1));
        return sample with
        {
            Findings = sample.Findings.Select(matcher.Apply)
                .Select(f => f.Vulnerability?.Id == "CVE-2023-45853" ? f with { Suppression = item, SuppressedBy = "ContainerSecuritySuppress CVE-2023-45853: minizip is not used (until 2099-01-01)" } : f)
                .ToList(),
        };
    }

    [TestMethod]
    public void SARIF_marks_the_VEX_suppression_external_with_document_status_and_justification()
    {
        var sarif = SarifReport.Render(Scan(), SampleScan.Context);
        var result = JsonNode.Parse(sarif)!["runs"]![0]!["results"]!.AsArray().Single(r => (string)r!["ruleId"]! == "CVE-2024-5535")!;
        var suppression = result["suppressions"]!.AsArray().Single()!;

        Assert.AreEqual("external", (string)suppression["kind"]!);
        Assert.AreEqual("accepted", (string)suppression["status"]!);
        Assert.AreEqual("VEX vex/openssl.json: DSA-5749-1 not_affected (vulnerable_code_not_in_execute_path)", (string)suppression["justification"]!);
        Assert.AreEqual("vex/openssl.json", (string)suppression["properties"]!["vexDocument"]!);
        Assert.AreEqual("not_affected", (string)suppression["properties"]!["vexStatus"]!);
        Assert.AreEqual("vulnerable_code_not_in_execute_path", (string)suppression["properties"]!["vexJustification"]!);
        Assert.AreEqual("https://example.com/vex/1#openssl", (string)suppression["properties"]!["vexStatement"]!);
        OfficialSchemas.AssertValidSarif(sarif);
    }

    [TestMethod]
    public void JSON_and_Markdown_say_the_finding_was_suppressed_by_VEX()
    {
        var scan = Scan();
        var json = JsonNode.Parse(JsonReport.Render(scan))!;
        var finding = json["findings"]!.AsArray().Single(f => (string?)f!["vulnerability"]?["id"] == "CVE-2024-5535")!;

        Assert.AreEqual("VEX vex/openssl.json: DSA-5749-1 not_affected (vulnerable_code_not_in_execute_path)", (string)finding["suppressedBy"]!);
        Assert.AreEqual("vex/openssl.json", (string)finding["vex"]!["document"]!);
        Assert.AreEqual("not_affected", (string)finding["vex"]!["status"]!);
        Assert.AreEqual("vulnerable_code_not_in_execute_path", (string)finding["vex"]!["justification"]!);
        StringAssert.Contains(MarkdownReport.Render(scan, SampleScan.Context), @"| VEX vex/openssl.json: DSA-5749-1 not\_affected (vulnerable\_code\_not\_in\_execute\_path) |");
    }

    [TestMethod]
    public void The_OpenVEX_report_restates_the_items_suppressions_in_the_OpenVEX_0_2_shape()
    {
        var document = JsonNode.Parse(OpenVexReport.Render(Scan(), SampleScan.Context.Now))!.AsObject();

        CollectionAssert.AreEquivalent(new[] { "@context", "@id", "author", "role", "timestamp", "version", "tooling", "statements" }, document.Select(p => p.Key).ToArray());
        Assert.AreEqual("https://openvex.dev/ns/v0.2.0", (string)document["@context"]!);
        StringAssert.Matches((string)document["@id"]!, new System.Text.RegularExpressions.Regex("^https://openvex.dev/docs/public/vex-[0-9a-f]{64}$"));
        Assert.AreEqual("2026-01-02T03:04:05Z", (string)document["timestamp"]!);
        Assert.AreEqual(1, (int)document["version"]!);
        var statement = document["statements"]!.AsArray().Single()!.AsObject();
        Assert.AreEqual("CVE-2023-45853", (string)statement["vulnerability"]!["name"]!, "the VEX-suppressed OpenSSL finding is not restated");
        Assert.AreEqual("not_affected", (string)statement["status"]!);
        Assert.AreEqual("minizip is not used", (string)statement["impact_statement"]!);
        Assert.AreEqual("ContainerSecuritySuppress CVE-2023-45853 until 2099-01-01", (string)statement["status_notes"]!);
        Assert.AreEqual("2026-01-02T03:04:05Z", (string)statement["timestamp"]!);
        var product = statement["products"]![0]!;
        Assert.AreEqual("pkg:oci/myapp@sha256:" + new string('a', 64) + "?arch=amd64", (string)product["@id"]!);
        Assert.AreEqual("pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1?arch=amd64&distro=debian-12", (string)product["subcomponents"]![0]!["@id"]!);
    }

    [TestMethod]
    public void The_OpenVEX_report_is_read_back_by_the_VEX_reader_and_suppresses_the_same_finding()
    {
        var scan = Scan();
        var path = VexFixture.Write(OpenVexReport.Render(scan, SampleScan.Context.Now));
        var zlib = SampleScan.Create().Findings.Single(f => f.Vulnerability?.Id == "CVE-2023-45853") with { SuppressedBy = null };

        var result = new VexMatcher([VexDocumentReader.Read(path, "container-security.openvex.json")], scan.Images).Apply(zlib);

        Assert.AreEqual("VEX container-security.openvex.json: CVE-2023-45853 not_affected (minizip is not used)", result.SuppressedBy);
    }

    [TestMethod]
    public void The_same_suppressions_give_the_same_document_id_and_none_give_an_empty_statement_list()
    {
        var first = JsonNode.Parse(OpenVexReport.Render(Scan(), SampleScan.Context.Now))!;
        var second = JsonNode.Parse(OpenVexReport.Render(Scan(), SampleScan.Context.Now.AddDays(1)))!;
        var none = JsonNode.Parse(OpenVexReport.Render(new ScanResult { Findings = [] }, SampleScan.Context.Now))!;

        Assert.AreEqual((string)first["@id"]!, (string)second["@id"]!);
        Assert.AreEqual(0, none["statements"]!.AsArray().Count);
    }

    [TestMethod]
    public void The_openvex_format_is_written_as_NAME_openvex_json()
    {
        var dir = Path.Combine(Path.GetTempPath(), "csec-vex-report-" + Guid.NewGuid().ToString("N"));

        var written = ReportWriter.Write(Scan(), dir, ["openvex"], SampleScan.Context);

        Assert.AreEqual(Path.Combine(dir, "container-security.openvex.json"), written.Single());
        CollectionAssert.Contains(ReportWriter.Formats.ToList(), "openvex");
    }
}
