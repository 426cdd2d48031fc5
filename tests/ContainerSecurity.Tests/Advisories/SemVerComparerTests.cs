using ContainerSecurity.Advisories.Versions;

namespace ContainerSecurity.Tests.Advisories;

[TestClass]
public sealed class SemVerComparerTests
{
    private static readonly SemVerComparer Comparer = SemVerComparer.Instance;

    // The precedence examples of semver.org §11, oldest first.
    private static readonly string[] SpecOrder =
    [
        "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11",
        "1.0.0-rc.1", "1.0.0", "2.0.0", "2.1.0", "2.1.1", "10.0.0", "18446744073709551616.0.0",
    ];

    [TestMethod]
    public void Follows_the_spec_precedence_examples()
    {
        for (var i = 0; i < SpecOrder.Length; i++)
        {
            for (var j = 0; j < SpecOrder.Length; j++)
                Assert.AreEqual(i.CompareTo(j), Comparer.Compare(SpecOrder[i], SpecOrder[j]), $"{SpecOrder[i]} vs {SpecOrder[j]}");
        }
    }

    [TestMethod]
    [DataRow("1.0.0+build.1", "1.0.0+build.2", 0)]
    [DataRow("1.0.0-rc.1+a", "1.0.0-rc.1", 0)]
    [DataRow("v1.2.3", "1.2.3", 0)]
    [DataRow("1.0.0-1", "1.0.0-a", -1)]
    [DataRow("1.0.0-a-b", "1.0.0-a", 1)]
    [DataRow("1.0.0-A", "1.0.0-a", -1)]
    [DataRow("1.0.0-0a", "1.0.0-1", 1)]
    public void Orders_edge_cases(string a, string b, int expected)
    {
        Assert.AreEqual(expected, Comparer.Compare(a, b));
        Assert.AreEqual(-expected, Comparer.Compare(b, a));
    }

    [TestMethod]
    [DataRow("1.2.3", true)]
    [DataRow("1.2.3-0.3.7", true)]
    [DataRow("1.0.0-x.7.z.92+exp.sha.5114f85", true)]
    [DataRow("01.2.3", false)]
    [DataRow("1.2", false)]
    [DataRow("1.2.3-01", false)]
    [DataRow("1.2.3-", false)]
    [DataRow("1.2.3+", false)]
    [DataRow("1.2.3-a..b", false)]
    [DataRow("1.2.3\u0663", false)]
    public void Validates_the_spec_grammar(string version, bool expected) => Assert.AreEqual(expected, Comparer.IsValid(version));

    [TestMethod]
    public void Rejects_invalid_versions_when_comparing() =>
        Assert.ThrowsExactly<FormatException>(() => Comparer.Compare("1.2", "1.2.0"));

    [TestMethod]
    public void Agrees_with_node_semver_on_generated_pairs()
    {
        var semver = NodeSemverLocations.FirstOrDefault(Directory.Exists);
        if (!File.Exists("/usr/bin/node") || semver is null)
            Assert.Inconclusive("node or node-semver is not installed.");
        var pairs = new SemVerVersionGenerator(seed: 2_0_0).Pairs(5000)
            .Where(p => SemVerVersionGenerator.IsExactInJavaScript(p.A) && SemVerVersionGenerator.IsExactInJavaScript(p.B))
            .ToList();

        var verdicts = ToolVerdict.Ask("/usr/bin/node", ["-e", NodeSemverScript, semver], pairs);
        ToolVerdict.AssertAgreement(Comparer, pairs, verdicts, "node-semver", minimumOrdered: 3000);
    }

    // npm's own copy of node-semver, or Debian's node-semver package.
    private static readonly string[] NodeSemverLocations =
    [
        "/usr/lib/node_modules/npm/node_modules/semver",
        "/usr/local/lib/node_modules/npm/node_modules/semver",
        "/usr/share/nodejs/semver",
    ];

    // semver.compare is SemVer 2.0 precedence, build metadata ignored, as OSV's SEMVER ranges want; strict parsing.
    private const string NodeSemverScript = """
        const semver = require(process.argv[1]);
        const pairs = JSON.parse(require('fs').readFileSync(0, 'utf8'));
        const verdicts = pairs.map(([a, b]) => {
          const validA = semver.valid(a) !== null;
          const validB = semver.valid(b) !== null;
          return { validA, validB, order: validA && validB ? semver.compare(a, b) : null };
        });
        process.stdout.write(JSON.stringify(verdicts));
        """;
}
