using static ContainerSecurity.Tests.Vex.VexFixture;

namespace ContainerSecurity.Tests.Vex;

[TestClass]
public sealed class VexMatcherTests
{
    private const string ImageProduct = """{ "@id": "pkg:oci/app@sha256%3Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" }""";

    [TestMethod]
    public void Not_affected_on_the_package_purl_without_version_suppresses_with_document_status_and_justification()
    {
        var result = Apply(Zlib(), OpenVex(Statement("CVE-2023-45853", """{ "@id": "pkg:deb/debian/zlib1g" }""")));

        Assert.AreEqual("VEX vex/0.json: CVE-2023-45853 not_affected (vulnerable_code_not_in_execute_path)", result.SuppressedBy);
        Assert.AreEqual("vex/0.json", result.Vex!.Document);
        Assert.AreEqual("not_affected", result.Vex.Status);
        Assert.AreEqual("vulnerable_code_not_in_execute_path", result.Vex.Justification);
    }

    [TestMethod]
    public void An_alias_names_the_finding_both_ways()
    {
        var byAlias = Apply(Zlib(), OpenVex(Statement("DEBIAN-CVE-2023-45853", """{ "@id": "pkg:deb/debian/zlib1g" }""")));
        var statementAlias = Apply(Zlib(), OpenVex("""
            { "vulnerability": { "name": "DSA-9999-1", "aliases": ["CVE-2023-45853"] }, "products": [{ "@id": "pkg:deb/debian/zlib1g" }],
              "status": "not_affected", "impact_statement": "MiniZip is not built" }
            """));

        Assert.IsNotNull(byAlias.Vex, "the statement names the finding's alias");
        Assert.IsNotNull(statementAlias.Vex, "the statement's alias is the finding's id");
        StringAssert.Contains(statementAlias.SuppressedBy, "MiniZip is not built");
    }

    [TestMethod]
    public void Another_vulnerability_is_not_suppressed()
    {
        var result = Apply(Zlib(), OpenVex(Statement("CVE-2022-37434", """{ "@id": "pkg:deb/debian/zlib1g" }""")));

        Assert.IsNull(result.SuppressedBy);
    }

    [TestMethod]
    [DataRow("pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1", true)]
    [DataRow("pkg:deb/debian/zlib1g@1%3A1.2.13.dfsg-1", true)]
    [DataRow("pkg:deb/debian/zlib1g@1:1.3.dfsg-1", false)]
    [DataRow("pkg:deb/debian/zlib1g?distro=debian-12", true)]
    [DataRow("pkg:deb/debian/zlib1g?distro=debian-11", false)]
    [DataRow("pkg:deb/debian/zlib1g@1:1.2.13.dfsg-1?arch=amd64&distro=debian-12", true)]
    [DataRow("pkg:deb/debian/zlib1g?arch=arm64", false)]
    [DataRow("pkg:deb/ubuntu/zlib1g", false)]
    [DataRow("pkg:deb/debian/libz", false)]
    public void The_package_purl_matches_with_or_without_version_and_qualifiers(string purl, bool suppressed)
    {
        var result = Apply(Zlib(), OpenVex(Statement("CVE-2023-45853", $$"""{ "@id": "{{purl}}" }""")));

        Assert.AreEqual(suppressed, result.Vex is not null, result.SuppressedBy);
    }

    [TestMethod]
    public void The_purl_may_be_an_identifier_instead_of_the_id()
    {
        var result = Apply(Zlib(), OpenVex(Statement("CVE-2023-45853", """{ "@id": "https://example.com/zlib", "identifiers": { "purl": "pkg:deb/debian/zlib1g" } }""")));

        Assert.IsNotNull(result.Vex);
    }

    [TestMethod]
    [DataRow("""{ "@id": "pkg:oci/app@sha256%3Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" }""", true)]
    [DataRow("""{ "@id": "pkg:oci/app?repository_url=localhost:5000/shop/app" }""", true)]
    [DataRow("""{ "@id": "pkg:oci/app?tag=1.2&arch=amd64" }""", true)]
    [DataRow("""{ "@id": "pkg:oci/app?tag=1.3" }""", false)]
    [DataRow("""{ "@id": "pkg:oci/other" }""", false)]
    [DataRow("""{ "@id": "pkg:oci/app@sha256%3Abbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb" }""", false)]
    [DataRow("""{ "@id": "localhost:5000/shop/app@sha256:aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" }""", true)]
    [DataRow("""{ "hashes": { "sha-256": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" } }""", true)]
    public void The_image_as_product_without_subcomponents_covers_all_its_packages(string product, bool suppressed)
    {
        var result = Apply(Zlib(), OpenVex(Statement("CVE-2023-45853", product)));

        Assert.AreEqual(suppressed, result.Vex is not null, result.SuppressedBy);
    }

    [TestMethod]
    [DataRow("pkg:deb/debian/zlib1g", true)]
    [DataRow("pkg:deb/debian/libssl3", false)]
    public void With_subcomponents_the_package_must_be_one_of_them(string subcomponent, bool suppressed)
    {
        var product = $$"""{ "@id": "pkg:oci/app", "subcomponents": [ { "@id": "{{subcomponent}}" } ] }""";

        var result = Apply(Zlib(), OpenVex(Statement("CVE-2023-45853", product)));

        Assert.AreEqual(suppressed, result.Vex is not null, result.SuppressedBy);
    }

    [TestMethod]
    public void Subcomponents_of_another_image_do_not_apply()
    {
        var result = Apply(Zlib(), OpenVex(Statement("CVE-2023-45853", """{ "@id": "pkg:oci/other", "subcomponents": [ { "@id": "pkg:deb/debian/zlib1g" } ] }""")));

        Assert.IsNull(result.Vex);
    }

    [TestMethod]
    [DataRow("fixed", "", true)]
    [DataRow("affected", "\"action_statement\": \"Upgrade zlib\"", false)]
    [DataRow("under_investigation", "", false)]
    public void Fixed_suppresses_while_affected_and_under_investigation_keep_the_finding(string status, string extra, bool suppressed)
    {
        var result = Apply(Zlib(), OpenVex(Statement("CVE-2023-45853", """{ "@id": "pkg:deb/debian/zlib1g" }""", status, extra)));

        Assert.AreEqual(suppressed, result.SuppressedBy is not null);
        if (suppressed)
        {
            Assert.AreEqual("VEX vex/0.json: CVE-2023-45853 fixed", result.SuppressedBy);
        }
    }

    [TestMethod]
    public void The_later_statement_wins_by_statement_timestamp_whatever_its_position()
    {
        const string product = """{ "@id": "pkg:deb/debian/zlib1g" }""";
        var laterAffected = OpenVex(
            Statement("CVE-2023-45853", product, "affected", "\"action_statement\": \"Upgrade\"", timestamp: "2026-03-01T00:00:00Z") + "," +
            Statement("CVE-2023-45853", product, timestamp: "2026-02-01T00:00:00Z"));
        var laterNotAffected = OpenVex(
            Statement("CVE-2023-45853", product, timestamp: "2026-03-01T00:00:00Z") + "," +
            Statement("CVE-2023-45853", product, "under_investigation", "", timestamp: "2026-02-01T00:00:00Z"));

        Assert.IsNull(Apply(Zlib(), laterAffected).SuppressedBy, "affected on 1 March overrides not_affected of 1 February");
        Assert.IsNotNull(Apply(Zlib(), laterNotAffected).Vex, "not_affected on 1 March overrides under_investigation of 1 February");
    }

    [TestMethod]
    public void A_statement_without_timestamp_takes_its_documents_and_a_newer_document_wins()
    {
        const string product = """{ "@id": "pkg:deb/debian/zlib1g" }""";
        var januaryNotAffected = OpenVex(Statement("CVE-2023-45853", product), "2026-01-01T00:00:00Z");
        var juneAffected = OpenVex(Statement("CVE-2023-45853", product, "affected", "\"action_statement\": \"Upgrade\""), "2026-06-01T00:00:00Z");

        Assert.IsNull(Apply(Zlib(), juneAffected, januaryNotAffected).SuppressedBy, "June's affected wins though its file comes first");
        Assert.IsNotNull(Apply(Zlib(), januaryNotAffected, OpenVex(Statement("CVE-2023-45853", product, "affected", "\"action_statement\": \"Upgrade\""), "2025-06-01T00:00:00Z")).Vex);
    }

    [TestMethod]
    public void A_finding_that_is_not_a_vulnerability_is_left_alone()
    {
        var finding = new Findings.Finding { Code = "CSEC2001", Level = Findings.DiagnosticLevel.Error, Message = "root" };

        Assert.AreSame(finding, Apply(finding, OpenVex(Statement("CSEC2001", """{ "@id": "pkg:deb/debian/zlib1g" }"""))));
    }
}
