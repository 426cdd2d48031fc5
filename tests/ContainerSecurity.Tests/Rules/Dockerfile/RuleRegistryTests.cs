using System.Text.RegularExpressions;
using ContainerSecurity.Findings;
using ContainerSecurity.Rules;
using ContainerSecurity.Rules.Dockerfile;

namespace ContainerSecurity.Tests.Rules.Dockerfile;

/// <summary>The Dockerfile rules are found by type: each exactly once, ids unique, and every rule id has a test.</summary>
[TestClass]
public sealed class RuleRegistryTests
{
    [TestMethod]
    public void Every_dockerfile_rule_class_is_registered_exactly_once()
    {
        var ruleTypes = typeof(IDockerfileRule).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(IDockerfileRule).IsAssignableFrom(t)).ToList();
        var registered = RuleRegistry.DockerfileRules.Select(r => r.GetType()).ToList();
        Assert.IsNotEmpty(ruleTypes);
        foreach (var type in ruleTypes)
        {
            Assert.AreEqual(1, registered.Count(t => t == type), $"{type.Name} is registered {registered.Count(t => t == type)} times.");
        }
        Assert.HasCount(ruleTypes.Count, registered);
        CollectionAssert.AllItemsAreUnique(RuleRegistry.DockerfileRules.Select(r => r.Info.Id.ToUpperInvariant()).ToList());
    }

    [TestMethod]
    public void Every_registered_rule_is_in_the_catalog_under_its_own_id()
    {
        foreach (var rule in RuleRegistry.DockerfileRules)
        {
            Assert.AreSame(rule.Info.Id, rule.Info.Id.Trim());
            Assert.IsNotNull(DiagnosticCatalog.Find(rule.Info.Id), rule.Info.Id);
        }
    }

    [TestMethod]
    public void Hadolint_rules_run_first_then_the_practices_each_in_id_order()
    {
        var ids = RuleRegistry.DockerfileRules.Select(r => r.Info.Id).ToList();
        var hadolint = ids.TakeWhile(id => id.StartsWith("DL", StringComparison.Ordinal)).ToList();
        var practices = ids.Skip(hadolint.Count).ToList();
        Assert.IsTrue(practices.All(id => id.StartsWith("CSEC", StringComparison.Ordinal)), string.Join(", ", practices));
        CollectionAssert.AreEqual(hadolint.Order(StringComparer.Ordinal).ToList(), hadolint);
        CollectionAssert.AreEqual(practices.Order(StringComparer.Ordinal).ToList(), practices);
        Assert.AreEqual("DL1001", ids[0]);
    }

    [TestMethod]
    public void Two_rules_with_one_id_stop_the_registry()
    {
        var error = Assert.ThrowsExactly<InvalidOperationException>(() => DockerfileRuleList.Discover([typeof(FirstRule), typeof(SecondRule), typeof(string)]));
        StringAssert.Contains(error.Message, "CSEC1999");
        StringAssert.Contains(error.Message, nameof(FirstRule));
        StringAssert.Contains(error.Message, nameof(SecondRule));
    }

    [TestMethod]
    public void Discovery_skips_abstract_classes_and_other_types()
    {
        var rules = DockerfileRuleList.Discover([typeof(FirstRule), typeof(AbstractRule), typeof(string), typeof(IDockerfileRule)]);
        Assert.AreEqual("CSEC1999", rules.Single().Info.Id);
    }

    /// <summary>Every rule id (image and Dockerfile) appears, as a word, in at least one test source under tests/.</summary>
    [TestMethod]
    public void Every_rule_id_is_named_by_a_test()
    {
        var tests = Path.Combine(RepositoryRoot(), "tests");
        var sources = Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(f) != $"{nameof(RuleRegistryTests)}.cs")
            .Select(File.ReadAllText).ToList();
        var untested = RuleRegistry.All.Select(r => r.Id).Distinct()
            .Where(id => !sources.Any(text => Regex.IsMatch(text, $@"\b{Regex.Escape(id)}\b")))
            .ToList();
        Assert.IsEmpty(untested, $"No test names these rule ids: {string.Join(", ", untested)}");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ContainerSecurity.Build.sln")))
        {
            dir = dir.Parent;
        }
        return dir!.FullName;
    }

    private sealed class FirstRule : IDockerfileRule
    {
        public RuleInfo Info { get; } = new("CSEC1999", DiagnosticLevel.Note, "first", "none");

        public IEnumerable<DockerfileHit> Check(DockerfileContext context) => [];
    }

    private sealed class SecondRule : IDockerfileRule
    {
        public RuleInfo Info { get; } = new("csec1999", DiagnosticLevel.Note, "second", "none");

        public IEnumerable<DockerfileHit> Check(DockerfileContext context) => [];
    }

    private abstract class AbstractRule : IDockerfileRule
    {
        public RuleInfo Info { get; } = new("CSEC1998", DiagnosticLevel.Note, "abstract", "none");

        public IEnumerable<DockerfileHit> Check(DockerfileContext context) => [];
    }
}
