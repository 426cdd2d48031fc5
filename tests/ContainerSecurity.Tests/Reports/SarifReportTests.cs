using System.Text.Json.Nodes;
using ContainerSecurity.Findings;
using ContainerSecurity.Reports;

namespace ContainerSecurity.Tests.Reports;

[TestClass]
public sealed class SarifReportTests
{
    private static JsonNode Run(ScanResult result, ReportContext? context = null) =>
        JsonNode.Parse(SarifReport.Render(result, context ?? SampleScan.Context))!["runs"]![0]!;

    private static JsonNode Rule(JsonNode run, string id) =>
        run["tool"]!["driver"]!["rules"]!.AsArray().Single(r => (string)r!["id"]! == id)!;

    private static JsonNode Result(JsonNode run, string ruleId) =>
        run["results"]!.AsArray().First(r => (string)r!["ruleId"]! == ruleId)!;

    [TestMethod]
    public void The_sample_report_is_valid_SARIF_2_1_0() =>
        OfficialSchemas.AssertValidSarif(SarifReport.Render(SampleScan.Create(), SampleScan.Context));

    [TestMethod]
    public void The_SARIF_report_matches_the_golden_file()
    {
        // Golden/sample.sarif; rewrite it with UPDATE_GOLDEN=1 after a deliberate change, then review the diff.
        GoldenFile.AssertMatches("sample.sarif", GoldenFile.Normalize(SarifReport.Render(SampleScan.Create(), SampleScan.Context)));
    }

    [TestMethod]
    public void Each_advisory_is_a_rule_with_summary_link_security_severity_and_tags()
    {
        var run = Run(SampleScan.Create());

        var critical = Rule(run, "CVE-2024-5535");
        Assert.AreEqual("OpenSSL: SSL_select_next_proto buffer overread", (string)critical["shortDescription"]!["text"]!);
        Assert.AreEqual("https://security-tracker.debian.org/tracker/CVE-2024-5535", (string)critical["helpUri"]!);
        Assert.AreEqual("error", (string)critical["defaultConfiguration"]!["level"]!);
        Assert.AreEqual("CSEC3004", (string)critical["properties"]!["code"]!);
        Assert.AreEqual("9.1", (string)critical["properties"]!["security-severity"]!, "the CVSS score wins");
        CollectionAssert.AreEqual(new[] { "security", "vulnerability" }, critical["properties"]!["tags"]!.AsArray().Select(t => (string)t!).ToArray());
        Assert.AreEqual("8.0", (string)Rule(run, "GHSA-5crp-9r3c-p9vr")["properties"]!["security-severity"]!, "High without a score");
        Assert.AreEqual("CVE-2024-5535", (string)Result(run, "CVE-2024-5535")["ruleId"]!);
    }

    [TestMethod]
    public void Each_code_is_a_rule_with_its_title_fix_and_help_link()
    {
        var rule = Rule(Run(SampleScan.Create()), "CSEC2001");

        Assert.AreEqual(DiagnosticCodes.HelpLink("CSEC2001"), (string)rule["helpUri"]!);
        Assert.AreEqual(DiagnosticCatalog.Find("CSEC2001")!.Title, (string)rule["shortDescription"]!["text"]!);
    }

    [TestMethod]
    public void Files_under_the_source_root_are_relative_to_SRCROOT_with_the_full_region()
    {
        var run = Run(SampleScan.Create());

        StringAssert.StartsWith((string)run["originalUriBaseIds"]!["SRCROOT"]!["uri"]!, "file:///");
        var location = Result(run, "DL3008")["locations"]![0]!["physicalLocation"]!;
        Assert.AreEqual("src/app/Dockerfile", (string)location["artifactLocation"]!["uri"]!);
        Assert.AreEqual("SRCROOT", (string)location["artifactLocation"]!["uriBaseId"]!);
        Assert.AreEqual("""{"startLine":5,"startColumn":1,"endLine":7,"endColumn":22}""", location["region"]!.ToJsonString());
    }

    [TestMethod]
    public void Files_outside_the_source_root_keep_an_absolute_uri()
    {
        var location = Result(Run(SampleScan.Create()), "CSEC5003")["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;

        StringAssert.StartsWith((string)location["uri"]!, "file:///");
        Assert.IsNull(location["uriBaseId"]);
    }

    [TestMethod]
    public void Image_findings_name_the_image_package_and_layer_as_logical_locations()
    {
        var logical = Result(Run(SampleScan.Create()), "CVE-2024-5535")["locations"]![0]!["logicalLocations"]!.AsArray().Select(l => (string)l!["name"]!).ToList();

        CollectionAssert.AreEqual(new[] { "sha256:" + new string('a', 64), "pkg:deb/debian/libssl3@3.0.14-1~deb12u1?arch=amd64&distro=debian-12", "sha256:" + new string('b', 64) }, logical);
    }

    [TestMethod]
    public void Suppressed_findings_are_accepted_external_suppressions_with_the_justification()
    {
        var suppression = Result(Run(SampleScan.Create()), "CVE-2023-45853")["suppressions"]![0]!;

        Assert.AreEqual("""{"kind":"external","status":"accepted","justification":"ContainerSecuritySuppress CSEC3002: minizip is not used | reviewed"}""", suppression.ToJsonString());
    }

    [TestMethod]
    public void Fingerprints_survive_a_rebuilt_image_and_moved_lines()
    {
        var first = Fingerprints(SampleScan.Create(build: 'a'));
        var rebuilt = Fingerprints(SampleScan.Create(build: 'd', lineShift: 3));

        Assert.AreEqual(string.Join("\n", first), string.Join("\n", rebuilt));
        Assert.AreEqual(first.Count, first.Distinct().Count(), "different findings get different fingerprints");
    }

    [TestMethod]
    public void Fingerprints_change_with_the_advisory_the_package_version_or_the_file()
    {
        var original = SampleScan.Create();
        var vulnerable = original.Findings[0];
        var otherAdvisory = vulnerable with { Vulnerability = vulnerable.Vulnerability! with { Id = "CVE-2024-9999" } };
        var upgraded = vulnerable with { Vulnerability = vulnerable.Vulnerability! with { Purl = "pkg:deb/debian/libssl3@3.0.15-1?arch=amd64" } };
        var dockerfile = original.Findings[3];
        var otherFile = dockerfile with { Location = dockerfile.Location! with { File = Path.Combine(SampleScan.Root, "other", "Dockerfile") } };

        var prints = Fingerprints(new ScanResult { Findings = [vulnerable, otherAdvisory, upgraded, dockerfile, otherFile] });

        Assert.AreEqual(5, prints.Distinct().Count());
    }

    [TestMethod]
    public void Identical_findings_in_one_file_get_numbered_occurrences()
    {
        var dl = SampleScan.Create().Findings[3];

        var prints = Fingerprints(new ScanResult { Findings = [dl, dl with { Location = dl.Location! with { Line = 20, EndLine = 20 } }] });

        Assert.AreEqual(prints[0][..^2] + ":2", prints[1]);
        Assert.EndsWith(":1", prints[0]);
    }

    [TestMethod]
    public void The_fingerprint_message_key_ignores_digests_and_numbers()
    {
        Assert.AreEqual(
            SarifFingerprints.Normalize("Layer sha256:" + new string('1', 64) + " adds 12 MB on line 4"),
            SarifFingerprints.Normalize("Layer sha256:" + new string('2', 64) + " adds 13 MB on line 9"));
    }

    [TestMethod]
    public void A_finding_without_a_location_is_anchored_to_the_project_file_else_its_image_archive()
    {
        // Code scanning rejects the whole file when one result has no physical location.
        var sample = SampleScan.Create();
        var unplaced = new ScanResult
        {
            Images = sample.Images,
            Findings = [new Finding { Code = "CSEC2003", Level = DiagnosticLevel.Warning, Message = "m", ImageDigest = sample.Images[0].ManifestDigest }],
        };

        var inProject = Result(Run(unplaced, SampleScan.Context with { ProjectFile = SampleScan.Project }), "CSEC2003");
        var inArchive = Result(Run(unplaced), "CSEC2003");

        Assert.AreEqual("src/app/app.csproj", (string)inProject["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!);
        StringAssert.EndsWith((string)inArchive["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!, "/work/obj/image.tar");
    }

    private static List<string> Fingerprints(ScanResult result) =>
        Run(result).AsObject()["results"]!.AsArray().Select(r => (string)r!["partialFingerprints"]![SarifFingerprints.Key]!).ToList();
}
