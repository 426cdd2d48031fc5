using ContainerSecurity.Findings;
using ContainerSecurity.Policy;
using ContainerSecurity.Rules;
using ContainerSecurity.Settings;

namespace ContainerSecurity.Tests.Policy;

[TestClass]
public sealed class AnalysisLevelTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static readonly RuleInfo Baseline = new("CSEC2001", DiagnosticLevel.Error, "baseline", "fix");
    private static readonly RuleInfo NewIn02 = new("CSEC7002", DiagnosticLevel.Error, "new", "fix") { Since = "0.2" };
    private static readonly RuleInfo RaisedIn03 = new("CSEC7003", DiagnosticLevel.Error, "raised", "fix") { LevelRaisedIn = "0.3", PreviousLevel = DiagnosticLevel.Warning };
    private static readonly RuleInfo[] Rules = [Baseline, NewIn02, RaisedIn03];

    [TestMethod]
    [DataRow(null)]
    [DataRow("")]
    [DataRow("0.1")]
    [DataRow("0.1.0")]
    public void A_rule_newer_than_the_level_reports_its_errors_as_warnings_and_says_why(string? level)
    {
        var finding = Apply(new PolicySettings { AnalysisLevel = level }, Error("CSEC7002")).Single();

        Assert.AreEqual(DiagnosticLevel.Warning, finding.Level);
        StringAssert.EndsWith(finding.Message, " (new in 0.2: a warning until ContainerSecurityAnalysisLevel is 0.2 or later)");
    }

    [TestMethod]
    [DataRow("latest")]
    [DataRow("Latest")]
    [DataRow("0.2")]
    [DataRow("0.2.0")]
    [DataRow("1.0")]
    public void At_or_above_the_rules_level_its_errors_are_errors(string level)
    {
        var finding = Apply(new PolicySettings { AnalysisLevel = level }, Error("CSEC7002")).Single();

        Assert.AreEqual(DiagnosticLevel.Error, finding.Level);
        Assert.AreEqual("m", finding.Message);
    }

    [TestMethod]
    public void Baseline_rules_keep_their_level_at_every_level()
    {
        Assert.AreEqual(DiagnosticLevel.Error, Apply(new PolicySettings(), Error("CSEC2001")).Single().Level);
        Assert.AreEqual(DiagnosticLevel.Error, Apply(new PolicySettings { AnalysisLevel = "latest" }, Error("CSEC2001")).Single().Level);
    }

    [TestMethod]
    public void A_raised_default_keeps_its_previous_level_at_older_levels()
    {
        var old = Apply(new PolicySettings { AnalysisLevel = "0.2" }, Error("CSEC7003")).Single();
        Assert.AreEqual(DiagnosticLevel.Warning, old.Level);
        StringAssert.Contains(old.Message, "an error since 0.3");

        Assert.AreEqual(DiagnosticLevel.Error, Apply(new PolicySettings { AnalysisLevel = "0.3" }, Error("CSEC7003")).Single().Level);
        Assert.AreEqual(DiagnosticLevel.Error, Apply(new PolicySettings { AnalysisLevel = "latest" }, Error("CSEC7003")).Single().Level);
    }

    [TestMethod]
    public void The_projects_own_choices_still_apply_on_top()
    {
        Assert.AreEqual(DiagnosticLevel.Error, Apply(new PolicySettings { WarningsAsErrors = ["CSEC7002"] }, Error("CSEC7002")).Single().Level);
        Assert.AreEqual(DiagnosticLevel.Error, Apply(new PolicySettings { TreatWarningsAsErrors = true }, Error("CSEC7002")).Single().Level);
        Assert.AreEqual(DiagnosticLevel.Note, Apply(new PolicySettings { AnalysisLevel = "latest", NoWarn = ["CSEC7002"] }, Error("CSEC7002")).Single().Level);
    }

    [TestMethod]
    public void A_level_the_project_set_itself_is_left_alone() =>
        Assert.AreEqual("m", Apply(new PolicySettings(), Warning("CSEC7002")).Single().Message);

    [TestMethod]
    [DataRow("CSEC3004")]
    [DataRow("CSEC3003")]
    [DataRow("CSEC9002")]
    public void Vulnerability_and_scan_failure_codes_are_not_a_rule_set(string code)
    {
        var rules = new[] { new RuleInfo(code, DiagnosticLevel.Error, "t", "f") { Since = "0.9" } };
        var finding = new DiagnosticPolicy(new PolicySettings(), SettingLocator.None, Today, rules).Apply([Error(code)]).Single();

        Assert.AreEqual(DiagnosticLevel.Error, finding.Level);
        Assert.AreEqual("m", finding.Message);
    }

    [TestMethod]
    [DataRow("newest")]
    [DataRow("0")]
    [DataRow("0.x")]
    [DataRow("1.2.3.4")]
    public void An_invalid_level_is_CSEC9006_naming_the_property_and_the_accepted_values(string level)
    {
        var result = Apply(new PolicySettings { AnalysisLevel = level }, Error("CSEC7002"));

        var bad = result.Single(f => f.Code == DiagnosticCodes.BadRequest);
        Assert.AreEqual(DiagnosticLevel.Error, bad.Level);
        StringAssert.Contains(bad.Message, "ContainerSecurityAnalysisLevel");
        StringAssert.Contains(bad.Message, "latest");
        Assert.AreEqual(DiagnosticLevel.Warning, result.Single(f => f.Code == "CSEC7002").Level, "read as the baseline");
    }

    [TestMethod]
    public void Every_registered_rule_declares_a_valid_level() =>
        Assert.IsTrue(RuleRegistry.All.All(r => AnalysisLevel.TryParse(r.Since, out _) && (r.LevelRaisedIn is null || AnalysisLevel.TryParse(r.LevelRaisedIn, out _))));

    private static IReadOnlyList<Finding> Apply(PolicySettings settings, params Finding[] findings) =>
        new DiagnosticPolicy(settings, SettingLocator.None, Today, Rules).Apply(findings);

    private static Finding Error(string code) => new() { Code = code, Level = DiagnosticLevel.Error, Message = "m" };

    private static Finding Warning(string code) => new() { Code = code, Level = DiagnosticLevel.Warning, Message = "m" };
}
