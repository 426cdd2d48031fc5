using ContainerSecurity.Findings;
using ContainerSecurity.Rules;

namespace ContainerSecurity.Policy;

/// <summary>
/// Holds each rule to the default it had at the project's analysis level: a rule newer than the level reports its
/// errors as warnings, and a rule whose default was raised later keeps its previous level. Only the project's own
/// choices (NoWarn, WarningsAsErrors, ...) come after this.
/// </summary>
public sealed class AnalysisLevelPolicy(AnalysisLevel level, IEnumerable<RuleInfo> rules)
{
    private readonly Dictionary<string, RuleInfo> _rules = rules
        .DistinctBy(r => r.Id, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);

    public Finding Apply(Finding finding)
    {
        if (finding.SuppressedBy is not null || FollowsAdvisoryData(finding) || !_rules.TryGetValue(finding.Code, out var rule) || finding.Level != rule.DefaultLevel)
        {
            // A level the rule did not pick itself (a .hadolint.yaml override, a threshold) is the project's choice.
            return finding;
        }
        if (rule.LevelRaisedIn is { } raisedIn && rule.PreviousLevel is { } previous && level.IsBefore(AnalysisLevel.Parse(raisedIn)))
        {
            finding = finding with
            {
                Level = previous,
                Message = finding.Message + $" ({Name(rule.DefaultLevel)} since {raisedIn}: {Name(previous)} until {AnalysisLevel.PropertyName} is {raisedIn} or later)",
            };
        }
        if (finding.Level == DiagnosticLevel.Error && level.IsBefore(AnalysisLevel.Parse(rule.Since)))
        {
            finding = finding with
            {
                Level = DiagnosticLevel.Warning,
                Message = finding.Message + $" (new in {rule.Since}: a warning until {AnalysisLevel.PropertyName} is {rule.Since} or later)",
            };
        }
        return finding;
    }

    /// <summary>Vulnerabilities and scan failures follow the advisory data and the scan itself, not a rule set.</summary>
    private static bool FollowsAdvisoryData(Finding finding) =>
        finding.Vulnerability is not null
        || finding.Code.StartsWith("CSEC9", StringComparison.OrdinalIgnoreCase)
        || finding.Code.ToUpperInvariant() is "CSEC3000" or "CSEC3001" or "CSEC3002" or "CSEC3003" or "CSEC3004";

    private static string Name(DiagnosticLevel level) => level switch
    {
        DiagnosticLevel.Error => "an error",
        DiagnosticLevel.Warning => "a warning",
        _ => "a message",
    };
}
