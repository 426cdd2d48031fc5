using ContainerSecurity.Advisories.Versions;

namespace ContainerSecurity.Tests.Advisories;

[TestClass]
public sealed class Pep440ComparerTests
{
    private static readonly Pep440Comparer Comparer = Pep440Comparer.Instance;

    // The ordering example of PEP 440 and pypa/packaging's tests, oldest first.
    private static readonly string[] Ordered =
    [
        "1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456", "1.0a12", "1.0b1.dev456", "1.0b2",
        "1.0b2.post345.dev456", "1.0b2.post345", "1.0rc1.dev456", "1.0rc1", "1.0", "1.0+abc.5", "1.0+abc.7",
        "1.0+5", "1.0.post456.dev34", "1.0.post456", "1.0.15", "1.1.dev1", "1!0.1",
    ];

    [TestMethod]
    public void Follows_the_pep_440_ordering()
    {
        for (var i = 0; i < Ordered.Length; i++)
        {
            for (var j = 0; j < Ordered.Length; j++)
                Assert.AreEqual(i.CompareTo(j), Comparer.Compare(Ordered[i], Ordered[j]), $"{Ordered[i]} vs {Ordered[j]}");
        }
    }

    [TestMethod]
    [DataRow("1.0", "1.0.0")]
    [DataRow("v1.0", "1.0")]
    [DataRow("0!1.0", "1.0")]
    [DataRow("1.0a1", "1.0alpha1")]
    [DataRow("1.0a1", "1.0.a.1")]
    [DataRow("1.0a", "1.0a0")]
    [DataRow("1.0c1", "1.0rc1")]
    [DataRow("1.0pre1", "1.0rc1")]
    [DataRow("1.0-1", "1.0.post1")]
    [DataRow("1.0.rev1", "1.0.post1")]
    [DataRow("1.0.dev", "1.0.dev0")]
    [DataRow("1.0+ABC", "1.0+abc")]
    [DataRow("1.0+1-2", "1.0+1.2")]
    [DataRow("1.0+01", "1.0+1")]
    [DataRow("1.0-DEV", "1.0.dev0")]
    [DataRow("1.0+\u212a", "1.0+k")]
    public void Treats_normalised_forms_as_equal(string a, string b) => Assert.AreEqual(0, Comparer.Compare(a, b));

    // Python's case-insensitive match takes ſ, ı and İ for s and i, and packaging keeps them as written.
    [TestMethod]
    [DataRow("1.0.po\u017ft1", "1.0.post2", 1)]
    [DataRow("1.0prev\u0131ew1", "1.0rc1", -1)]
    [DataRow("1.0prev\u0131ew1", "1.0b1", 1)]
    [DataRow("1.0+\u0130", "1.0+\u0131", -1)]
    [DataRow("1.0+\u017f", "1.0+z", 1)]
    public void Orders_like_packaging(string a, string b, int expected)
    {
        Assert.AreEqual(expected, Comparer.Compare(a, b));
        Assert.AreEqual(-expected, Comparer.Compare(b, a));
    }

    [TestMethod]
    [DataRow("1.0", true)]
    [DataRow("2!1.0a1.post2.dev3+ubuntu.1", true)]
    [DataRow(" 1.0 ", true)]
    [DataRow("1.0+", false)]
    [DataRow("1.0+_foo", false)]
    [DataRow("1.0-", false)]
    [DataRow("french toast", false)]
    [DataRow("1.0\u001f", true)]
    [DataRow("1.0.po\u017ft1", true)]
    [DataRow("1.0+\u0131", true)]
    public void Validates_like_packaging(string version, bool expected) => Assert.AreEqual(expected, Comparer.IsValid(version));

    [TestMethod]
    public void Agrees_with_packaging_on_generated_pairs()
    {
        if (!File.Exists("/usr/bin/python3") || !Directory.Exists("/usr/lib/python3/dist-packages/packaging"))
            Assert.Inconclusive("python3-packaging is not installed.");
        var pairs = new Pep440VersionGenerator(seed: 440).Pairs(5000).ToList();

        // Debian's python3 in isolated mode, so that no other packaging on the path stands in for Debian's.
        var verdicts = ToolVerdict.Ask("/usr/bin/python3", ["-I", "-c", PackagingScript], pairs);
        ToolVerdict.AssertAgreement(Comparer, pairs, verdicts, "packaging", minimumOrdered: 3000);
    }

    private const string PackagingScript = """
        import json, sys
        from packaging.version import InvalidVersion, Version

        def parse(text):
            try:
                return Version(text)
            except InvalidVersion:
                return None

        verdicts = []
        for a, b in json.load(sys.stdin):
            x, y = parse(a), parse(b)
            order = None if x is None or y is None else (x > y) - (x < y)
            verdicts.append({"validA": x is not None, "validB": y is not None, "order": order})
        json.dump(verdicts, sys.stdout)
        """;
}
