using ContainerSecurity.Advisories.Matching;
using ContainerSecurity.Advisories.Osv;
using ContainerSecurity.Advisories.Versions;
using static ContainerSecurity.Tests.Advisories.Matching.MatchingFixtures;

namespace ContainerSecurity.Tests.Advisories.Matching;

[TestClass]
public sealed class OsvRangeEvaluatorTests
{
    private static readonly IVersionComparer Dpkg = VersionComparers.For("Debian:12")!;
    private static readonly IVersionComparer SemVer = VersionComparers.For("npm")!;

    [TestMethod]
    [DataRow("2.36-9+deb12u4", true, "2.36-9+deb12u6")]
    [DataRow("2.36-9+deb12u5", true, "2.36-9+deb12u6")]
    [DataRow("2.36-9+deb12u6", false, null)]
    [DataRow("2.36-9+deb12u10", false, null)]
    [DataRow("2.36-9", true, "2.36-9+deb12u6")]
    [DataRow("1:2.0", false, null)]
    public void IntroducedZeroFixed(string installed, bool affected, string? fix)
    {
        var entry = Entry("DSA-5673-1", "Debian:12", "glibc", "0", "2.36-9+deb12u6");
        Assert.AreEqual(affected, OsvRangeEvaluator.IsAffected(entry, installed, Dpkg, out var fixedVersion));
        Assert.AreEqual(fix, fixedVersion);
    }

    [TestMethod]
    [DataRow("1.2.2", false)]
    [DataRow("1.2.3", true)]
    [DataRow("1.4.0", true)]
    [DataRow("1.4.1", false)]
    public void LastAffectedIsInclusiveAndHasNoFix(string installed, bool affected)
    {
        var entry = Entry("GHSA-aaaa-bbbb-cccc", "npm", "lodash", "1.2.3", lastAffected: "1.4.0", rangeType: "SEMVER");
        Assert.AreEqual(affected, OsvRangeEvaluator.IsAffected(entry, installed, SemVer, out var fix));
        Assert.IsNull(fix);
    }

    [TestMethod]
    [DataRow("1.5.0", true)]
    [DataRow("2.0.0", false)]
    [DataRow("2.5.0", false)]
    public void LimitCapsTheRange(string installed, bool affected)
    {
        var entry = Entry("OSV-2024-1", "npm", "pkg", "1.0.0", limit: "2.0.0", rangeType: "SEMVER");
        Assert.AreEqual(affected, OsvRangeEvaluator.IsAffected(entry, installed, SemVer, out _));
    }

    [TestMethod]
    [DataRow("0.9.0", false, null)]
    [DataRow("1.0.0", true, "1.2.0")]
    [DataRow("1.5.0", false, null)]
    [DataRow("3.0.0", true, "3.1.4")]
    [DataRow("3.1.4", false, null)]
    public void SeveralIntervalsInAnyOrder(string installed, bool affected, string? fix)
    {
        // Records need not list events in order; evaluation sorts them.
        var range = new OsvRange
        {
            Type = "SEMVER",
            Events = [new OsvEvent { Introduced = "3.0.0" }, new OsvEvent { Fixed = "1.2.0" }, new OsvEvent { Fixed = "3.1.4" }, new OsvEvent { Introduced = "1.0.0" }],
        };
        Assert.AreEqual(affected, OsvRangeEvaluator.IsAffected(range, installed, SemVer, out var fixedVersion));
        Assert.AreEqual(fix, fixedVersion);
    }

    [TestMethod]
    public void ExplicitVersionsCountWithoutRanges()
    {
        var entry = Entry("PYSEC-2024-1", "PyPI", "requests", introduced: null) with { Ranges = [], Versions = ["2.31.0", "2.32.0"] };
        var pep440 = VersionComparers.For("PyPI")!;
        Assert.IsTrue(OsvRangeEvaluator.IsAffected(entry, "2.31.0", pep440, out _));
        Assert.IsTrue(OsvRangeEvaluator.IsAffected(entry, "2.31", pep440, out _), "2.31 and 2.31.0 are the same PEP 440 version");
        Assert.IsFalse(OsvRangeEvaluator.IsAffected(entry, "2.31.1", pep440, out _));
    }

    [TestMethod]
    public void GitRangesAreNotVersionRanges()
    {
        var entry = Entry("OSV-2024-2", "Debian:12", "zlib", "0", rangeType: "GIT");
        Assert.IsFalse(OsvRangeEvaluator.IsAffected(entry, "1:1.2.13.dfsg-1", Dpkg, out _));
    }

    [TestMethod]
    public void IntroducedAndFixedAtTheSameVersionIsEmpty()
    {
        var entry = Entry("DEBIAN-CVE-2024-0001", "Debian:12", "zlib", "1:1.2.13.dfsg-1", "1:1.2.13.dfsg-1");
        Assert.IsFalse(OsvRangeEvaluator.IsAffected(entry, "1:1.2.13.dfsg-1", Dpkg, out _));
    }

    [TestMethod]
    public void EpochsCount()
    {
        var entry = Entry("DEBIAN-CVE-2023-45853", "Debian:12", "zlib", "0", "1:1.3.dfsg-1");
        Assert.IsTrue(OsvRangeEvaluator.IsAffected(entry, "1:1.2.13.dfsg-1", Dpkg, out var fix));
        Assert.AreEqual("1:1.3.dfsg-1", fix);
        Assert.IsFalse(OsvRangeEvaluator.IsAffected(entry, "2:0.1", Dpkg, out _));
    }

    [TestMethod]
    [DataRow("[, 13.0.1)", "12.0.3", true, "13.0.1")]
    [DataRow("[, 13.0.1)", "13.0.1", false, null)]
    [DataRow("[8.0.0, 8.0.11)", "8.0.10", true, "8.0.11")]
    [DataRow("[8.0.0, 8.0.11)", "7.0.20", false, null)]
    [DataRow("(, 4.3.0]", "4.3.0", true, null)]
    [DataRow("(1.0.0, 2.0.0)", "1.0.0", false, null)]
    [DataRow("[1.0.0-preview.1, 1.0.0]", "1.0.0-preview.2", true, null)]
    public void NuGetIntervals(string range, string installed, bool affected, string? fix)
    {
        Assert.AreEqual(affected, NuGetRangeEvaluator.IsAffected(range, installed, out var fixedVersion));
        Assert.AreEqual(fix, fixedVersion);
    }
}
