using ContainerSecurity.Advisories.Versions;

namespace ContainerSecurity.Tests.Advisories;

[TestClass]
public sealed class ApkTools3VersionComparerTests
{
    private static readonly ApkTools3VersionComparer Comparer = ApkTools3VersionComparer.Instance;

    // apk-tools 3 keeps every comparison of apk-tools 2's test/version.data (Fixtures/apk-version.data) in its
    // test/unit/version.data, and adds the ones below.
    [TestMethod]
    [DynamicData(nameof(ApkVersionComparerTests.ApkToolsVectors), typeof(ApkVersionComparerTests))]
    public void Agrees_with_the_apk_tools_2_vectors_apk_tools_3_kept(string a, string op, string b)
    {
        var expected = op switch { "<" => -1, "=" => 0, ">" => 1, _ => throw new InvalidDataException(op) };
        Assert.AreEqual(expected, Comparer.Compare(a, b), $"{a} {op} {b}");
        Assert.AreEqual(-expected, Comparer.Compare(b, a), $"{b} reversed {a}");
    }

    // The comparisons apk-tools 3 (master, test/unit/version.data) adds: zero components before a suffix or with
    // leading zeros, and ~commit-hash parts.
    [TestMethod]
    [DataRow("6.0_pre1", "<", "6.0")]
    [DataRow("6.1_pre1", "<", "6.1")]
    [DataRow("6.0_p1", ">", "6.0")]
    [DataRow("6.1_p1", ">", "6.1")]
    [DataRow("8.2.0", "<", "8.2.001")]
    [DataRow("8.2.0015", "<", "8.2.002")]
    [DataRow("1.0~1234", "<", "1.0~2345")]
    [DataRow("1.0~1234-r1", "<", "1.0~2345-r0")]
    [DataRow("1.0~1234-r1", ">", "1.0~1234-r0")]
    public void Agrees_with_the_vectors_apk_tools_3_adds(string a, string op, string b)
    {
        var expected = op == "<" ? -1 : 1;
        Assert.AreEqual(expected, Comparer.Compare(a, b), $"{a} {op} {b}");
        Assert.AreEqual(-expected, Comparer.Compare(b, a), $"{b} reversed {a}");
    }

    [TestMethod]
    [DataRow("6.0_pre1", "6.0")]
    [DataRow("8.2.0", "8.2.001")]
    public void Apk_tools_2_orders_these_the_other_way(string a, string b)
    {
        Assert.IsLessThan(0, Comparer.Compare(a, b));
        Assert.IsGreaterThan(0, ApkVersionComparer.Instance.Compare(a, b), "apk-tools 2's ordering, kept for releases before Alpine 3.23");
    }

    // apk-tools 3's test/unit/version.data validity lines: "version" is valid, "!version" is not.
    [TestMethod]
    [DataRow("1.2", true)]
    [DataRow("0.1_pre2", true)]
    [DataRow("0.1_pre2~1234abcd", true)]
    [DataRow("0.1_p1_pre2", true)]
    [DataRow("0.1_alpha1_pre2", true)]
    [DataRow("0.1_git20240101_pre1", true)]
    [DataRow("", false)]
    [DataRow("0.1bc", false)]
    [DataRow("0.1bc1", false)]
    [DataRow("0.1a1", false)]
    [DataRow("0.1a.1", false)]
    [DataRow("0.1_pre2~", false)]
    [DataRow("0.1_pre2~1234xbcd", false)]
    [DataRow("0.1_pre2~1234abcd_pre1", false)]
    [DataRow("0.1_pre2-r1~1234xbcd", false)]
    [DataRow("0.1_foobar", false)]
    [DataRow("0.1_foobar1", false)]
    [DataRow("0.1-pre1.1", false)]
    [DataRow("0.1-r", false)]
    [DataRow("0.1-r2_pre1", false)]
    [DataRow("0.1-r2_p3_pre1", false)]
    [DataRow("0.1-r2-r3", false)]
    [DataRow("0.1-r2.1", false)]
    [DataRow(".1", false)]
    [DataRow("a", false)]
    [DataRow("_pre1", false)]
    [DataRow("-r1", false)]
    [DataRow("0.1_", false)]
    [DataRow("0.1_-r0", false)]
    [DataRow("0.1__alpha", false)]
    [DataRow("0.1_1_alpha", false)]
    public void Validates_like_apk_tools_3(string version, bool valid) => Assert.AreEqual(valid, Comparer.IsValid(version), version);

    [TestMethod]
    public void A_number_past_64_bits_wraps_as_in_apk_and_does_not_throw() =>
        Assert.AreEqual(0, Comparer.Compare("1.99999999999999999999999", "1.99999999999999999999999"));
}
