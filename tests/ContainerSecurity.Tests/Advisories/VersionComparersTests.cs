using ContainerSecurity.Advisories;

namespace ContainerSecurity.Tests.Advisories;

[TestClass]
public sealed class VersionComparersTests
{
    [TestMethod]
    [DataRow("Debian", typeof(DpkgVersionComparer))]
    [DataRow("Debian:12", typeof(DpkgVersionComparer))]
    [DataRow("Ubuntu:22.04:LTS", typeof(DpkgVersionComparer))]
    [DataRow("Alpine:v3.20", typeof(ApkVersionComparer))]
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
}
