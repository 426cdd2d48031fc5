using ContainerSecurity.Advisories.Versions;
using NuGet.Versioning;

namespace ContainerSecurity.Tests.Advisories;

[TestClass]
public sealed class NuGetVersionComparerTests
{
    private static readonly NuGetVersionComparer Comparer = NuGetVersionComparer.Instance;

    [TestMethod]
    [DataRow("1.0", "1.0.0", 0)]
    [DataRow("1.0.0.0", "1.0.0", 0)]
    [DataRow("1.0.0-BETA", "1.0.0-beta", 0)]
    [DataRow("1.0.0-beta+build.5", "1.0.0-beta", 0)]
    [DataRow("1.0.0.1", "1.0.0", 1)]
    [DataRow("1.0.0-alpha", "1.0.0-alpha.1", -1)]
    [DataRow("1.0.0-beta.2", "1.0.0-beta.11", -1)]
    [DataRow("1.0.0-rc.1", "1.0.0", -1)]
    [DataRow("1.0.0-1", "1.0.0-a", -1)]
    [DataRow("2.0.0", "10.0.0", -1)]
    [DataRow("6.0.0-preview.7.21377.19", "6.0.0-rc.1.21451.13", -1)]
    public void Orders_like_NuGet(string a, string b, int expected)
    {
        Assert.AreEqual(expected, Comparer.Compare(a, b));
        Assert.AreEqual(-expected, Comparer.Compare(b, a));
    }

    [TestMethod]
    [DataRow("1.0", true)]
    [DataRow("1.0.0.0", true)]
    [DataRow("1.0.0-beta.1+sha.abc", true)]
    [DataRow("", false)]
    [DataRow("a.b", false)]
    [DataRow("1.0.0-", false)]
    public void Validates_like_NuGet(string version, bool expected) => Assert.AreEqual(expected, Comparer.IsValid(version));

    [TestMethod]
    public void Agrees_with_NuGet_Versioning_on_generated_pairs()
    {
        var pairs = new NuGetVersionGenerator(seed: 8_0_0).Pairs(5000).ToList();

        var verdicts = pairs.Select(p =>
        {
            var validA = NuGetVersion.TryParse(p.A, out var a);
            var validB = NuGetVersion.TryParse(p.B, out var b);
            return new ToolVerdict(validA, validB, validA && validB ? Math.Sign(a!.CompareTo(b)) : null);
        }).ToList();
        ToolVerdict.AssertAgreement(Comparer, pairs, verdicts, "NuGet.Versioning", minimumOrdered: 3000);
    }
}
