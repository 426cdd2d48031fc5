using System.Text.Json;
using ContainerSecurity.Advisories.Osv;

namespace ContainerSecurity.Tests.Advisories.Osv;

[TestClass]
public sealed class OsvEntriesTests
{
    [TestMethod]
    public void Takes_the_summary_from_the_first_line_of_the_details_when_there_is_none()
    {
        var entry = OsvEntries.FromRecord(Parse(OsvFixtures.DebianCve)).Single();

        StringAssert.StartsWith(entry.Summary, "Issue summary: Applications performing certificate name checks");
        Assert.IsLessThanOrEqualTo(200, entry.Summary!.Length);
        StringAssert.EndsWith(entry.Summary, "…");
    }

    [TestMethod]
    public void Takes_aliases_from_upstream_and_the_first_web_reference_as_the_url()
    {
        var entry = OsvEntries.FromRecord(Parse(OsvFixtures.DebianCve)).Single();

        CollectionAssert.AreEqual(new[] { "CVE-2024-6119" }, entry.Aliases.ToArray());
        Assert.AreEqual("https://security-tracker.debian.org/tracker/CVE-2024-6119", entry.Url);
        Assert.AreEqual(TimeSpan.FromHours(2), entry.Modified!.Value.Offset);
        Assert.AreEqual("3.3.1-7", entry.Ranges.Single().Events![1].LastAffected);
    }

    [TestMethod]
    public void Points_at_osv_dev_when_the_record_has_no_advisory_or_web_reference()
    {
        Assert.AreEqual("https://osv.dev/vulnerability/ALPINE-CVE-2024-6119", OsvEntries.FromRecord(Parse(OsvFixtures.Alpine)).Single().Url);
        Assert.AreEqual("https://osv.dev/vulnerability/UBUNTU-CVE-2024-6119", OsvEntries.FromRecord(Parse(OsvFixtures.Ubuntu)).Single().Url);
    }

    [TestMethod]
    public void Keeps_a_short_summary_as_written()
    {
        var entry = OsvEntries.FromRecord(Parse(OsvFixtures.Ubuntu)).Single();

        Assert.AreEqual("Possible denial of service in X.509 name checks", entry.Summary);
        Assert.AreEqual("Ubuntu:24.04:LTS", entry.Ecosystem);
    }

    [TestMethod]
    public void Leaves_out_git_only_and_unnamed_packages()
    {
        Assert.AreEqual(0, OsvEntries.FromRecord(Parse(OsvFixtures.GitOnly)).Count);
        Assert.AreEqual(2, OsvEntries.FromRecord(Parse(OsvFixtures.GhsaNuGet)).Count);
    }

    [TestMethod]
    public void Keeps_a_git_range_package_that_lists_its_versions()
    {
        var record = Parse(OsvFixtures.GitOnly) with
        {
            Affected = [Parse(OsvFixtures.GitOnly).Affected![0] with { Versions = ["2.9.14"] }],
        };

        var entry = OsvEntries.FromRecord(record).Single();

        Assert.AreEqual(0, entry.Ranges.Count);
        CollectionAssert.AreEqual(new[] { "2.9.14" }, entry.Versions.ToArray());
    }

    private static OsvRecord Parse(string json) => JsonSerializer.Deserialize<OsvRecord>(json)!;
}
