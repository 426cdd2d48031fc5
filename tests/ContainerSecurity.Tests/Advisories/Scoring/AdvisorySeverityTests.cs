using System.Text.Json;
using ContainerSecurity.Advisories;
using ContainerSecurity.Advisories.Osv;
using ContainerSecurity.Advisories.Scoring;

namespace ContainerSecurity.Tests.Advisories.Scoring;

[TestClass]
public sealed class AdvisorySeverityTests
{
    private const string Log4Shell = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H";

    // Shaped like UBUNTU-CVE-2025-68160: a CVSS vector and Ubuntu's priority at the record level.
    private const string UbuntuRecord = """
        {
          "id": "UBUNTU-CVE-2025-68160",
          "upstream": ["CVE-2025-68160"],
          "severity": [
            {"type": "CVSS_V3", "score": "CVSS:3.1/AV:L/AC:H/PR:L/UI:N/S:U/C:N/I:N/A:H"},
            {"type": "Ubuntu", "score": "low"}
          ],
          "affected": [{
            "package": {"ecosystem": "Ubuntu:22.04:LTS", "name": "openssl", "purl": "pkg:deb/ubuntu/openssl?arch=source&distro=jammy"},
            "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "3.0.2-0ubuntu1.21"}]}]
          }]
        }
        """;

    // Shaped like a DEBIAN-CVE record: the urgency per release in ecosystem_specific.
    private const string DebianRecord = """
        {
          "id": "DEBIAN-CVE-2024-1111",
          "upstream": ["CVE-2024-1111"],
          "affected": [
            {"package": {"ecosystem": "Debian:12", "name": "curl"}, "ecosystem_specific": {"urgency": "low"},
             "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "7.88.1-10+deb12u6"}]}]},
            {"package": {"ecosystem": "Debian:11", "name": "curl"}, "ecosystem_specific": {"urgency": "unimportant"},
             "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}]}]},
            {"package": {"ecosystem": "Debian:13", "name": "curl"}, "ecosystem_specific": {"urgency": "not yet assigned"},
             "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}]}]}
          ]
        }
        """;

    // Shaped like GHSA-jfh8-c2jp-5v3q (Log4Shell): a vector and GitHub's label.
    private const string GitHubRecord = """
        {
          "id": "GHSA-jfh8-c2jp-5v3q",
          "aliases": ["CVE-2021-44228"],
          "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"}],
          "affected": [{
            "package": {"ecosystem": "Maven", "name": "org.apache.logging.log4j:log4j-core"},
            "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "2.0-beta9"}, {"fixed": "2.3.1"}]}]
          }],
          "database_specific": {"cwe_ids": ["CWE-20", "CWE-400", "CWE-502", "CWE-917"], "severity": "CRITICAL", "github_reviewed": true}
        }
        """;

    // Shaped like ALPINE-CVE records: no severity anywhere.
    private const string AlpineRecord = """
        {
          "id": "ALPINE-CVE-2024-2511",
          "upstream": ["CVE-2024-2511"],
          "affected": [{
            "package": {"ecosystem": "Alpine:v3.19", "name": "openssl"},
            "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "3.1.4-r6"}]}]
          }]
        }
        """;

    [TestMethod]
    public void Ubuntu_priority_wins_over_the_vector()
    {
        var rating = Resolve(UbuntuRecord);

        Assert.AreEqual(new SeverityRating(Severity.Low, null, "Ubuntu priority: low"), rating);
    }

    [TestMethod]
    [DataRow("negligible", Severity.Low)]
    [DataRow("low", Severity.Low)]
    [DataRow("medium", Severity.Medium)]
    [DataRow("high", Severity.High)]
    [DataRow("critical", Severity.Critical)]
    public void Maps_Ubuntu_priorities(string priority, Severity expected)
    {
        var rating = Resolve(UbuntuRecord.Replace("\"score\": \"low\"", $"\"score\": \"{priority}\""));

        Assert.AreEqual(expected, rating.Severity);
        Assert.AreEqual($"Ubuntu priority: {priority}", rating.Source);
    }

    [TestMethod]
    public void Untriaged_Ubuntu_priority_falls_through_to_the_vector()
    {
        var rating = Resolve(UbuntuRecord.Replace("\"score\": \"low\"", "\"score\": \"untriaged\""));

        Assert.AreEqual(new SeverityRating(Severity.Medium, 4.7, "CVSS:3.1/AV:L/AC:H/PR:L/UI:N/S:U/C:N/I:N/A:H"), rating);
    }

    [TestMethod]
    public void Debian_urgency_of_the_affected_release()
    {
        var record = Parse(DebianRecord);

        Assert.AreEqual(new SeverityRating(Severity.Low, null, "Debian urgency: low"), AdvisorySeverity.Resolve(record, record.Affected![0]));
        Assert.AreEqual(new SeverityRating(Severity.Low, null, "Debian urgency: unimportant"), AdvisorySeverity.Resolve(record, record.Affected![1]));
        Assert.AreEqual(SeverityRating.Unknown, AdvisorySeverity.Resolve(record, record.Affected![2]));
    }

    [TestMethod]
    [DataRow("unimportant", Severity.Low)]
    [DataRow("low", Severity.Low)]
    [DataRow("low**", Severity.Low)]
    [DataRow("medium", Severity.Medium)]
    [DataRow("medium**", Severity.Medium)]
    [DataRow("high", Severity.High)]
    [DataRow("high**", Severity.High)]
    public void Maps_Debian_urgencies(string urgency, Severity expected)
    {
        var rating = Resolve(DebianRecord.Replace("\"urgency\": \"low\"", $"\"urgency\": \"{urgency}\""));

        Assert.AreEqual(new SeverityRating(expected, null, $"Debian urgency: {urgency}"), rating);
    }

    [TestMethod]
    [DataRow("not yet assigned")]
    [DataRow("end-of-life")]
    public void Debian_non_ratings_fall_through_to_the_vector(string urgency)
    {
        var json = DebianRecord
            .Replace("\"urgency\": \"low\"", $"\"urgency\": \"{urgency}\"")
            .Replace("\"upstream\"", "\"severity\": [{\"type\": \"CVSS_V3\", \"score\": \"CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H\"}], \"upstream\"");

        Assert.AreEqual(new SeverityRating(Severity.Medium, 5.9, "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H"), Resolve(json));
    }

    [TestMethod]
    public void GitHub_vector_decides_with_its_score()
    {
        Assert.AreEqual(new SeverityRating(Severity.Critical, 10.0, Log4Shell), Resolve(GitHubRecord));
    }

    [TestMethod]
    [DataRow("LOW", Severity.Low)]
    [DataRow("MODERATE", Severity.Medium)]
    [DataRow("HIGH", Severity.High)]
    [DataRow("CRITICAL", Severity.Critical)]
    public void GitHub_label_without_a_vector(string label, Severity expected)
    {
        var json = GitHubRecord
            .Replace("\"severity\": [{\"type\": \"CVSS_V3\", \"score\": \"" + Log4Shell + "\"}],", "")
            .Replace("\"severity\": \"CRITICAL\"", $"\"severity\": \"{label}\"");

        Assert.AreEqual(new SeverityRating(expected, null, $"GitHub: {label}"), Resolve(json));
    }

    [TestMethod]
    public void Alpine_record_without_severity_is_unknown()
    {
        Assert.AreEqual(SeverityRating.Unknown, Resolve(AlpineRecord));
    }

    [TestMethod]
    public void Prefers_v4_then_v3_then_v2()
    {
        const string v2 = "AV:N/AC:L/Au:N/C:P/I:P/A:P";
        const string v3 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:N/A:N";
        const string v4 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N";

        Assert.AreEqual(new SeverityRating(Severity.Critical, 9.3, v4),
            Resolve(WithRecordSeverity(("CVSS_V2", v2), ("CVSS_V3", v3), ("CVSS_V4", v4))));
        Assert.AreEqual(new SeverityRating(Severity.Medium, 4.3, v3),
            Resolve(WithRecordSeverity(("CVSS_V2", v2), ("CVSS_V3", v3))));
        Assert.AreEqual(new SeverityRating(Severity.High, 7.5, v2), Resolve(WithRecordSeverity(("CVSS_V2", v2))));
    }

    [TestMethod]
    public void Malformed_vector_gives_way_to_the_next()
    {
        var json = WithRecordSeverity(("CVSS_V4", "CVSS:4.0/AV:N/AC:L"), ("CVSS_V3", Log4Shell));

        Assert.AreEqual(new SeverityRating(Severity.Critical, 10.0, Log4Shell), Resolve(json));
    }

    [TestMethod]
    public void Affected_entry_vector_wins_over_the_record_vector()
    {
        const string local = "CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H";
        var json = WithRecordSeverity(("CVSS_V4", "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"))
            .Replace("\"package\":", $"\"severity\": [{{\"type\": \"CVSS_V3\", \"score\": \"{local}\"}}], \"package\":");

        Assert.AreEqual(new SeverityRating(Severity.High, 7.8, local), Resolve(json));
    }

    [TestMethod]
    public void Vector_wins_over_the_GitHub_label()
    {
        var json = GitHubRecord.Replace(Log4Shell, "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N");

        Assert.AreEqual(new SeverityRating(Severity.Low, 3.1, "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N"), Resolve(json));
    }

    [TestMethod]
    public void Zero_score_gives_way_to_the_label_and_is_kept_without_one()
    {
        const string none = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N";

        Assert.AreEqual(new SeverityRating(Severity.Critical, null, "GitHub: CRITICAL"), Resolve(GitHubRecord.Replace(Log4Shell, none)));
        Assert.AreEqual(new SeverityRating(Severity.Unknown, 0.0, none), Resolve(WithRecordSeverity(("CVSS_V3", none))));
    }

    [TestMethod]
    [DataRow(0.1, Severity.Low)]
    [DataRow(3.9, Severity.Low)]
    [DataRow(4.0, Severity.Medium)]
    [DataRow(6.9, Severity.Medium)]
    [DataRow(7.0, Severity.High)]
    [DataRow(8.9, Severity.High)]
    [DataRow(9.0, Severity.Critical)]
    [DataRow(10.0, Severity.Critical)]
    [DataRow(0.0, Severity.Unknown)]
    public void Maps_scores_on_the_qualitative_scale(double score, Severity expected) =>
        Assert.AreEqual(expected, CvssRating.SeverityOf(score));

    [TestMethod]
    [DataRow("Low", Severity.Low)]
    [DataRow("Moderate", Severity.Medium)]
    [DataRow("Important", Severity.High)]
    [DataRow("Critical", Severity.Critical)]
    public void Red_Hat_words_in_an_affected_entry(string label, Severity expected)
    {
        var json = AlpineRecord
            .Replace("ALPINE-CVE-2024-2511", "ALSA-2024:1234")
            .Replace("\"package\":", $"\"database_specific\": {{\"severity\": \"{label}\"}}, \"package\":");

        Assert.AreEqual(new SeverityRating(expected, null, $"ALSA: {label}"), Resolve(json));
    }

    [TestMethod]
    public void Unknown_label_is_no_rating()
    {
        Assert.AreEqual(SeverityRating.Unknown, Resolve(GitHubRecord.Replace(Log4Shell, "not a vector").Replace("CRITICAL", "SEVERE")));
    }

    private static SeverityRating Resolve(string json)
    {
        var record = Parse(json);
        return AdvisorySeverity.Resolve(record, record.Affected![0]);
    }

    private static OsvRecord Parse(string json) =>
        JsonSerializer.Deserialize<OsvRecord>(json) ?? throw new InvalidOperationException("no record");

    private static string WithRecordSeverity(params (string Type, string Score)[] severities)
    {
        var entries = string.Join(", ", severities.Select(s => $"{{\"type\": \"{s.Type}\", \"score\": \"{s.Score}\"}}"));
        return AlpineRecord.Replace("\"upstream\"", $"\"severity\": [{entries}], \"upstream\"");
    }
}
