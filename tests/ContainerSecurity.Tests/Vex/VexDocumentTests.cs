using ContainerSecurity.Findings;
using ContainerSecurity.Settings;
using ContainerSecurity.Vex;
using static ContainerSecurity.Tests.Vex.VexFixture;

namespace ContainerSecurity.Tests.Vex;

[TestClass]
public sealed class VexDocumentTests
{
    private static Finding Error(string json, string name = "broken.json")
    {
        var path = Write(json, name);
        var (documents, errors) = VexDocuments.Load([path], null, new SettingLocator(null, []));
        Assert.AreEqual(0, documents.Count);
        return errors.Single();
    }

    [TestMethod]
    [DataRow("{ not json", "it is not valid JSON")]
    [DataRow("""{ "statements": [] }""", "it is neither OpenVEX")]
    [DataRow("""{ "@context": "https://openvex.dev/ns/v0.2.0", "statements": [] }""", "the document has no timestamp")]
    [DataRow("""{ "@context": "https://openvex.dev/ns/v0.2.0", "timestamp": "yesterday", "statements": [] }""", "the document.timestamp 'yesterday' is not an RFC 3339 time")]
    [DataRow("""{ "@context": "https://openvex.dev/ns/v0.2.0", "timestamp": "2026-01-01T00:00:00Z" }""", "the document has no statements array")]
    [DataRow("""{ "@context": "https://openvex.dev/ns/v0.2.0", "timestamp": "2026-01-01T00:00:00Z", "statements": [{ "vulnerability": { "name": "CVE-1" }, "products": [{ "@id": "pkg:deb/debian/zlib1g" }], "status": "not_affected" }] }""", "statements[0] is not_affected without a justification or impact_statement")]
    [DataRow("""{ "@context": "https://openvex.dev/ns/v0.2.0", "timestamp": "2026-01-01T00:00:00Z", "statements": [{ "vulnerability": { "name": "CVE-1" }, "products": [{ "@id": "pkg:deb/debian/zlib1g" }], "status": "not_affected", "justification": "trust_me" }] }""", "statements[0].justification 'trust_me' is not one of component_not_present")]
    [DataRow("""{ "@context": "https://openvex.dev/ns/v0.2.0", "timestamp": "2026-01-01T00:00:00Z", "statements": [{ "vulnerability": { "name": "CVE-1" }, "products": [{ "@id": "pkg:deb/debian/zlib1g" }], "status": "ignored" }] }""", "statements[0].status 'ignored' is not one of not_affected, affected, fixed, under_investigation")]
    [DataRow("""{ "@context": "https://openvex.dev/ns/v0.2.0", "timestamp": "2026-01-01T00:00:00Z", "statements": [{ "vulnerability": { "name": "CVE-1" }, "status": "fixed" }] }""", "statements[0] names no products")]
    [DataRow("""{ "@context": "https://openvex.dev/ns/v0.2.0", "timestamp": "2026-01-01T00:00:00Z", "statements": [{ "products": [{ "@id": "x" }], "status": "fixed" }] }""", "statements[0] has no vulnerability")]
    [DataRow("""{ "@context": "https://openvex.dev/ns/v0.2.0", "timestamp": "2026-01-01T00:00:00Z", "statements": [{ "vulnerability": { "name": 7 }, "products": [{ "@id": "x" }], "status": "fixed" }] }""", "statements[0].vulnerability.name is not a string")]
    [DataRow("""{ "@context": "https://openvex.dev/ns/v0.2.0", "timestamp": "2026-01-01T00:00:00Z", "statements": [{ "vulnerability": { "name": "CVE-1" }, "products": [{ "supplier": "x" }], "status": "fixed" }] }""", "statements[0].products[0] has no @id, identifiers or hashes")]
    public void A_malformed_document_is_CSEC9006_naming_the_file_and_what_is_wrong(string json, string problem)
    {
        var error = Error(json);

        Assert.AreEqual("CSEC9006", error.Code);
        Assert.AreEqual(DiagnosticLevel.Error, error.Level);
        StringAssert.Contains(error.Message, "The VEX document '");
        StringAssert.Contains(error.Message, "broken.json' cannot be used: ");
        StringAssert.Contains(error.Message, problem);
        StringAssert.EndsWith(error.Location!.File, "broken.json");
    }

    [TestMethod]
    public void Invalid_JSON_points_at_its_line()
    {
        var error = Error("{\n  \"@context\": \"https://openvex.dev/ns/v0.2.0\",\n  \"timestamp\": ,\n}");

        Assert.AreEqual(3, error.Location!.Line);
    }

    [TestMethod]
    public void A_document_over_16_MB_is_refused_before_it_is_parsed()
    {
        var path = Write("", "huge.json");
        using (var file = File.OpenWrite(path))
        {
            file.SetLength(VexDocumentReader.MaxBytes + 1);
        }

        var (_, errors) = VexDocuments.Load([path], null, new SettingLocator(null, []));

        StringAssert.Contains(errors.Single().Message, "it is 16 MB, more than the 16 MB a VEX document may have");
    }

    [TestMethod]
    public void A_missing_file_is_an_error_not_an_empty_document()
    {
        var (documents, errors) = VexDocuments.Load(["/nonexistent/vex.json"], null, new SettingLocator(null, []));

        Assert.AreEqual(0, documents.Count);
        StringAssert.Contains(errors.Single().Message, "The VEX document '/nonexistent/vex.json' cannot be used: it could not be read");
    }

    [TestMethod]
    public void Deep_nesting_is_an_error_not_a_stack_overflow()
    {
        var error = Error(new string('[', 100_000) + new string(']', 100_000));

        StringAssert.Contains(error.Message, "it is not valid JSON");
    }

    [TestMethod]
    public void Paths_are_named_relative_to_the_project()
    {
        var path = Write(OpenVex(Statement("CVE-2023-45853", """{ "@id": "pkg:deb/debian/zlib1g" }""")), "zlib.json");
        var project = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(path))!, "app.csproj");

        var (documents, errors) = VexDocuments.Load([path], project, new SettingLocator(null, []));

        Assert.AreEqual(0, errors.Count);
        Assert.AreEqual($"{Path.GetFileName(Path.GetDirectoryName(path))}/zlib.json", documents.Single().Path);
    }

    [TestMethod]
    public void CycloneDX_VEX_is_read_into_the_same_statements()
    {
        var cdx = """
            {
              "bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
              "components": [ { "type": "library", "name": "zlib1g", "bom-ref": "zlib", "purl": "pkg:deb/debian/zlib1g" } ],
              "vulnerabilities": [
                { "id": "CVE-2023-45853", "analysis": { "state": "not_affected", "justification": "code_not_reachable", "detail": "MiniZip unused" }, "affects": [ { "ref": "zlib" } ] },
                { "id": "CVE-2022-37434", "analysis": { "state": "exploitable" }, "affects": [ { "ref": "pkg:deb/debian/zlib1g" } ] }
              ]
            }
            """;

        var result = Apply(Zlib(), cdx);

        Assert.AreEqual("VEX vex/0.json: CVE-2023-45853 not_affected (code_not_reachable; MiniZip unused)", result.SuppressedBy);
        var document = VexDocumentReader.Read(Write(cdx), "cdx.json");
        Assert.AreEqual("affected", document.Statements[1].Status);
    }

    [TestMethod]
    public void CycloneDX_with_an_unknown_state_is_an_error()
    {
        var error = Error("""{ "bomFormat": "CycloneDX", "vulnerabilities": [ { "id": "CVE-1", "analysis": { "state": "maybe" }, "affects": [ { "ref": "x" } ] } ] }""");

        StringAssert.Contains(error.Message, "vulnerabilities[0].analysis.state 'maybe' is not a CycloneDX impact analysis state");
    }
}
