using ContainerSecurity.Advisories;
using ContainerSecurity.Advisories.Matching;
using ContainerSecurity.Inventory;
using static ContainerSecurity.Tests.Advisories.Matching.MatchingFixtures;

namespace ContainerSecurity.Tests.Advisories.Matching;

/// <summary>npm and Python packages found in an image, against records shaped like GHSA's in OSV's npm and PyPI exports.</summary>
[TestClass]
public sealed class LanguagePackageMatchingTests
{
    [TestMethod]
    public void Npm_packages_match_semver_ranges_of_the_npm_ecosystem_only()
    {
        var lodash = Language(PackageType.Npm, "npm", "lodash", "4.17.20");
        var data = AdvisoryDataOf(("npm",
        [
            Entry("GHSA-35jh-r3h4-6jhm", "npm", "lodash", "0", "4.17.21", aliases: ["CVE-2021-23337"], rangeType: "SEMVER"),
            Entry("GHSA-p6mc-m468-83gw", "npm", "lodash", "4.17.0", "4.17.19", aliases: ["CVE-2020-8203"], rangeType: "SEMVER"),
            Entry("GHSA-xxxx-debian-lodash", "Debian:12", "lodash", "0", "9.9.9"),
        ]));

        var v = VulnerabilityMatcher.Match(Image(Bookworm, (lodash, false)), data).Single();

        Assert.AreEqual("CVE-2021-23337", v.Id);
        Assert.AreEqual("4.17.21", v.FixedVersion);
        Assert.AreEqual(PackageType.Npm, v.PackageType);
    }

    [TestMethod]
    public void Python_packages_match_pep_440_ranges_under_the_normalized_name()
    {
        var typingExtensions = Language(PackageType.PyPI, "PyPI", "Typing_Extensions", "4.7.0rc1");
        var data = AdvisoryDataOf(("PyPI",
        [
            Entry("PYSEC-2099-1", "PyPI", "typing-extensions", "0", "4.7.0"),
            Entry("PYSEC-2099-2", "PyPI", "typing-extensions", "4.7.0", "4.8.0"),
        ]));

        var v = VulnerabilityMatcher.Match(Image(Bookworm, (typingExtensions, false)), data).Single();

        Assert.AreEqual("PYSEC-2099-1", v.Id, "4.7.0rc1 comes before 4.7.0: affected by the first, not yet by the second");
        Assert.AreEqual("Typing_Extensions", v.PackageName);
    }

    [TestMethod]
    public void The_fix_advice_names_the_package_tool()
    {
        var requests = Language(PackageType.PyPI, "PyPI", "requests", "2.31.0");
        var data = AdvisoryDataOf(("PyPI", [Entry("GHSA-9wx4-h78v-vm56", "PyPI", "requests", "0", "2.32.0", aliases: ["CVE-2024-35195"])]));
        var v = VulnerabilityMatcher.Match(Image(Bookworm, (requests, false)), data).Single();

        var message = VulnerabilityFindings.Message(v);

        StringAssert.Contains(message, "pip install \"requests>=2.32.0\"");
        StringAssert.Contains(message, "From the application layer");
    }

    [TestMethod]
    public void A_version_the_ecosystem_rejects_is_reported_as_not_checked_instead_of_failing_the_scan()
    {
        var gitDependency = Language(PackageType.Npm, "npm", "lodash", "4.17");
        var legacyPython = Language(PackageType.PyPI, "PyPI", "requests", "2.0-custom-build");
        var data = AdvisoryDataOf(("npm", [Entry("GHSA-35jh-r3h4-6jhm", "npm", "lodash", "0", "4.17.21", rangeType: "SEMVER")]),
            ("PyPI", [Entry("GHSA-9wx4-h78v-vm56", "PyPI", "requests", "0", "2.32.0")]));
        var notChecked = new List<string>();

        var found = VulnerabilityMatcher.Match(Image(Bookworm, (gitDependency, false), (legacyPython, false)), data, notChecked);

        Assert.IsEmpty(found);
        Assert.HasCount(2, notChecked);
        StringAssert.Contains(notChecked[0], "lodash 4.17 (npm, /app/x) is not checked for vulnerabilities");
    }

    [TestMethod]
    public void A_record_with_a_version_its_ecosystem_rejects_is_ignored()
    {
        var lodash = Language(PackageType.Npm, "npm", "lodash", "4.17.20");
        var data = AdvisoryDataOf(("npm",
        [
            Entry("GHSA-bad-data", "npm", "lodash", "0", "not-a-version", rangeType: "SEMVER"),
            Entry("GHSA-bad-sorted", "npm", "lodash", "1.0.0", "not-a-version", rangeType: "SEMVER"),
            Entry("GHSA-35jh-r3h4-6jhm", "npm", "lodash", "0", "4.17.21", rangeType: "SEMVER"),
        ]));

        Assert.AreEqual("GHSA-35jh-r3h4-6jhm", VulnerabilityMatcher.Match(Image(Bookworm, (lodash, false)), data).Single().Id);
    }

    private static Package Language(PackageType type, string ecosystem, string name, string version) => new()
    {
        Name = name,
        Version = version,
        Type = type,
        Ecosystem = ecosystem,
        Purl = $"pkg:{ecosystem.ToLowerInvariant()}/{name}@{version}",
        FoundAt = "/app/x",
    };
}
