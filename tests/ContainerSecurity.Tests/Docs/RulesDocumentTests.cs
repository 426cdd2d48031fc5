using ContainerSecurity.Docs;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Docs;

[TestClass]
public sealed class RulesDocumentTests
{
    private static string DocsPath
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ContainerSecurity.Build.sln")))
            {
                dir = dir.Parent;
            }
            return Path.Combine(dir!.FullName, "docs", "rules.md");
        }
    }

    [TestMethod]
    public void Docs_rules_md_is_up_to_date_with_the_registry()
    {
        var expected = RulesDocument.Render();
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            File.WriteAllText(DocsPath, expected);
        }
        Assert.IsTrue(expected == File.ReadAllText(DocsPath).ReplaceLineEndings("\n"), "docs/rules.md is stale: regenerate it with UPDATE_DOCS=1.");
    }

    [TestMethod]
    public void Codes_are_unique_and_every_help_link_has_an_anchor()
    {
        CollectionAssert.AllItemsAreUnique(ContainerSecurity.Rules.RuleRegistry.ImageRules.Select(r => r.Info.Id).ToList());
        CollectionAssert.AllItemsAreUnique(ContainerSecurity.Rules.RuleRegistry.DockerfileRules.Select(r => r.Info.Id).ToList());
        var document = RulesDocument.Render();
        foreach (var rule in DiagnosticCatalog.All)
        {
            StringAssert.Contains(document, $"<a id=\"{rule.HelpLink[(rule.HelpLink.IndexOf('#') + 1)..]}\"></a>");
        }
    }

    [TestMethod]
    public void Every_engine_code_constant_is_in_the_catalog()
    {
        var constants = typeof(DiagnosticCodes).GetFields()
            .Where(f => f.IsLiteral && f.Name != nameof(DiagnosticCodes.HelpBase))
            .Select(f => (string)f.GetRawConstantValue()!);
        foreach (var code in constants)
        {
            Assert.IsNotNull(DiagnosticCatalog.Find(code), $"{code} has no entry in DiagnosticCatalog");
        }
    }
}
