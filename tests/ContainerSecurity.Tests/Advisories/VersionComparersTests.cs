using ContainerSecurity.Advisories.Matching;
using ContainerSecurity.Advisories.Versions;

namespace ContainerSecurity.Tests.Advisories;

[TestClass]
public sealed class VersionComparersTests
{
    [TestMethod]
    [DataRow("Debian", typeof(DpkgVersionComparer))]
    [DataRow("Debian:12", typeof(DpkgVersionComparer))]
    [DataRow("Ubuntu:22.04:LTS", typeof(DpkgVersionComparer))]
    [DataRow("Alpine:v3.20", typeof(ApkVersionComparer))]
    [DataRow("Alpine:v3.22", typeof(ApkVersionComparer))]
    [DataRow("Alpine", typeof(ApkVersionComparer))]
    [DataRow("Alpine:v3.23", typeof(ApkTools3VersionComparer))]
    [DataRow("Alpine:v3.24", typeof(ApkTools3VersionComparer))]
    [DataRow("Alpine:v4.0", typeof(ApkTools3VersionComparer))]
    [DataRow("Alpine:edge", typeof(ApkTools3VersionComparer))]
    [DataRow("Wolfi", typeof(ApkVersionComparer))]
    [DataRow("Chainguard", typeof(ApkVersionComparer))]
    [DataRow("Red Hat:enterprise_linux:9::appstream", typeof(RpmVersionComparer))]
    [DataRow("AlmaLinux:9", typeof(RpmVersionComparer))]
    [DataRow("Rocky Linux:8", typeof(RpmVersionComparer))]
    [DataRow("Azure Linux:3", typeof(RpmVersionComparer))]
    [DataRow("Mariner:2.0", typeof(RpmVersionComparer))]
    [DataRow("openSUSE:Tumbleweed", typeof(RpmVersionComparer))]
    [DataRow("SUSE:Linux Enterprise Server 15 SP5", typeof(RpmVersionComparer))]
    [DataRow("NuGet", typeof(NuGetVersionComparer))]
    [DataRow("npm", typeof(SemVerComparer))]
    [DataRow("crates.io", typeof(SemVerComparer))]
    [DataRow("Go", typeof(SemVerComparer))]
    [DataRow("PyPI", typeof(Pep440Comparer))]
    public void Maps_osv_ecosystems(string ecosystem, Type expected) =>
        Assert.IsInstanceOfType(VersionComparers.For(ecosystem), expected);

    [TestMethod]
    [DataRow("Maven")]
    [DataRow("")]
    public void Knows_nothing_of_other_ecosystems(string ecosystem) => Assert.IsNull(VersionComparers.For(ecosystem));

    [TestMethod]
    [DataRow("alpine", "3.23.0", "Apk", "Alpine", "Alpine:v3.23")]
    [DataRow("alpine", "3.22.2", "Apk", "Alpine", "Alpine:v3.22")]
    [DataRow("alpine", "3.23.0", "NuGet", "NuGet", "NuGet")]
    [DataRow("debian", "12", "Apk", "Alpine", "Alpine")]
    public void A_package_is_judged_by_its_own_releases_rules(string family, string versionId, string type, string ecosystem, string expected)
    {
        var os = ContainerSecurity.Inventory.OsInfo.Create(family, versionId, null, null);
        var package = new ContainerSecurity.Inventory.Package
        {
            Name = "p", Version = "1", Type = Enum.Parse<ContainerSecurity.Inventory.PackageType>(type), Ecosystem = ecosystem, Purl = "pkg:x/p@1", FoundAt = "/x",
        };

        Assert.AreEqual(expected, AdvisoryLookup.ComparerEcosystem(package, os));
    }
}
