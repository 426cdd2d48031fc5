using ContainerSecurity.Advisories.Versions;

namespace ContainerSecurity.Tests.Advisories;

[TestClass]
public sealed class ApkVersionComparerTests
{
    private static readonly ApkVersionComparer Comparer = ApkVersionComparer.Instance;

    // apk-tools' own test/version.data: "A op B" per line, op one of < = >, '#' starts a comment.
    public static IEnumerable<object[]> ApkToolsVectors() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Advisories", "Fixtures", "apk-version.data"))
            .Select(line => line.Split('#')[0].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length == 3)
            .Select(parts => new object[] { parts[0], parts[1], parts[2] });

    [TestMethod]
    [DynamicData(nameof(ApkToolsVectors))]
    public void Agrees_with_apk_tools_test_vectors(string a, string op, string b)
    {
        var expected = op switch { "<" => -1, "=" => 0, ">" => 1, _ => throw new InvalidDataException(op) };
        Assert.AreEqual(expected, Comparer.Compare(a, b), $"{a} {op} {b}");
        Assert.AreEqual(-expected, Comparer.Compare(b, a), $"{b} reversed {a}");
    }

    [TestMethod]
    public void Apk_tools_vectors_are_all_loaded() => Assert.IsGreaterThan(700, ApkToolsVectors().Count());

    [TestMethod]
    [DataRow("1.1_alpha", "1.1_beta", -1)]
    [DataRow("1.1_beta", "1.1_pre", -1)]
    [DataRow("1.1_pre", "1.1_rc", -1)]
    [DataRow("1.1_rc", "1.1", -1)]
    [DataRow("1.1", "1.1_cvs", -1)]
    [DataRow("1.1_cvs", "1.1_svn", -1)]
    [DataRow("1.1_svn", "1.1_git", -1)]
    [DataRow("1.1_git", "1.1_hg", -1)]
    [DataRow("1.1_hg", "1.1_p", -1)]
    [DataRow("1.0a", "1.0b", -1)]
    [DataRow("1.0-r1", "1.0-r10", -1)]
    [DataRow("1.0", "1.0-r0", -1)]
    [DataRow("1.01", "1.1", -1)]
    [DataRow("1.001", "1.01", -1)]
    public void Orders_suffixes_letters_and_revisions(string a, string b, int expected)
    {
        Assert.AreEqual(expected, Comparer.Compare(a, b));
        Assert.AreEqual(-expected, Comparer.Compare(b, a));
    }

    [TestMethod]
    [DataRow("1.2.3", true)]
    [DataRow("1.2.3a_rc1_p2-r10", true)]
    [DataRow("1.0bc", false)]
    [DataRow("1.0_foo", false)]
    [DataRow("1.0-1", false)]
    [DataRow("", true)] // apk_version_validate accepts the empty string
    [DataRow("1.0-r1.2", false)]
    public void Validates_like_apk(string version, bool expected) => Assert.AreEqual(expected, Comparer.IsValid(version));
}
