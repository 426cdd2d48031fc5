using ContainerSecurity.Findings;
using ContainerSecurity.Policy;
using ContainerSecurity.Settings;

namespace ContainerSecurity.Tests.Policy;

[TestClass]
public sealed class DiagnosticPolicyTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    [TestMethod]
    public void Without_settings_levels_stay_as_the_rules_say()
    {
        var result = Apply(new PolicySettings(), Error("CSEC2001"), Warning("CSEC2002"));
        CollectionAssert.AreEqual(new[] { DiagnosticLevel.Error, DiagnosticLevel.Warning }, result.Select(f => f.Level).ToList());
    }

    [TestMethod]
    public void NoWarn_turns_an_error_into_a_note() =>
        Assert.AreEqual(DiagnosticLevel.Note, Apply(new PolicySettings { NoWarn = ["CS1591;CSEC2001"] }, Error("CSEC2001")).Single().Level);

    [TestMethod]
    public void WarningsNotAsErrors_keeps_a_default_error_a_warning() =>
        Assert.AreEqual(DiagnosticLevel.Warning, Apply(new PolicySettings { WarningsNotAsErrors = ["csec2001"] }, Error("CSEC2001")).Single().Level);

    [TestMethod]
    public void WarningsAsErrors_and_TreatWarningsAsErrors_promote_warnings()
    {
        Assert.AreEqual(DiagnosticLevel.Error, Apply(new PolicySettings { WarningsAsErrors = ["CSEC2002"] }, Warning("CSEC2002")).Single().Level);
        Assert.AreEqual(DiagnosticLevel.Error, Apply(new PolicySettings { TreatWarningsAsErrors = true }, Warning("CSEC2002")).Single().Level);
        Assert.AreEqual(DiagnosticLevel.Warning, Apply(new PolicySettings { TreatWarningsAsErrors = true, WarningsNotAsErrors = ["CSEC2002"] }, Warning("CSEC2002")).Single().Level);
        Assert.AreEqual(DiagnosticLevel.Error, Apply(new PolicySettings { WarningsAsErrors = ["CSEC2002"], WarningsNotAsErrors = ["CSEC2002"] }, Warning("CSEC2002")).Single().Level);
    }

    [TestMethod]
    public void A_suppression_silences_its_code_and_keeps_the_justification()
    {
        var finding = Apply(new PolicySettings { Suppressions = [new Suppression("CSEC2001", "legacy image", new DateOnly(2027, 1, 31))] }, Error("CSEC2001")).Single();

        Assert.AreEqual(DiagnosticLevel.Note, finding.Level);
        StringAssert.Contains(finding.SuppressedBy, "legacy image");
    }

    [TestMethod]
    public void An_expired_suppression_stops_working_and_says_so()
    {
        var result = Apply(new PolicySettings { Suppressions = [new Suppression("CSEC2001", "x", new DateOnly(2026, 11, 27))] }, Error("CSEC2001"));

        Assert.AreEqual(DiagnosticLevel.Error, result.Single(f => f.Code == "CSEC2001").Level);
        Assert.AreEqual(DiagnosticLevel.Warning, result.Single(f => f.Code == DiagnosticCodes.SuppressionExpired).Level);
    }

    [TestMethod]
    public void A_suppression_that_matches_nothing_gets_a_note()
    {
        var result = Apply(new PolicySettings { Suppressions = [new Suppression("CSEC2001", null, null)] });
        Assert.AreEqual(DiagnosticCodes.SuppressionUnused, result.Single().Code);
        Assert.AreEqual(DiagnosticLevel.Note, result.Single().Level);
    }

    private static IReadOnlyList<Finding> Apply(PolicySettings settings, params Finding[] findings) =>
        new DiagnosticPolicy(settings, SettingLocator.None, Today).Apply(findings);

    private static Finding Error(string code) => new() { Code = code, Level = DiagnosticLevel.Error, Message = "m" };

    private static Finding Warning(string code) => new() { Code = code, Level = DiagnosticLevel.Warning, Message = "m" };
}
