using System.Text;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Docs;

/// <summary>Renders docs/rules.md from the catalog, so the documentation cannot drift from the code.</summary>
public static class RulesDocument
{
    public static string Render()
    {
        var text = new StringBuilder();
        text.AppendLine("# Rules and diagnostic codes");
        text.AppendLine();
        text.AppendLine("Generated from the rule registry (`DiagnosticCatalog`); a test fails when this file is stale.");
        text.AppendLine("Regenerate with `UPDATE_DOCS=1 dotnet test tests/ContainerSecurity.Tests --filter RulesDocument`.");
        text.AppendLine();
        text.AppendLine("The `since` column is the analysis level that introduced the rule: below it, the rule's errors arrive as");
        text.AppendLine("warnings (see [analysis-level.md](analysis-level.md)). Codes that are not rules (vulnerabilities, scan failures,");
        text.AppendLine("suppression notices) show `-`: the analysis level does not change them.");
        text.AppendLine();
        text.AppendLine("| code | default | since | title | same check elsewhere |");
        text.AppendLine("|---|---|---|---|---|");
        foreach (var rule in DiagnosticCatalog.All.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            text.AppendLine($"| [{rule.Id}](#{rule.Id.ToLowerInvariant()}) | {Level(rule)} | {Since(rule)} | {rule.Title} | {rule.Equivalent} |");
        }
        foreach (var rule in DiagnosticCatalog.All.OrderBy(r => r.Id, StringComparer.Ordinal))
        {
            text.AppendLine();
            text.AppendLine($"<a id=\"{rule.Id.ToLowerInvariant()}\"></a>");
            text.AppendLine($"## {rule.Id}: {rule.Title}");
            text.AppendLine();
            text.AppendLine($"Default level: {Level(rule)}." + Introduced(rule) + (rule.Equivalent is { } same ? $" Same check: {same}." : ""));
            text.AppendLine();
            text.AppendLine($"How to fix: {rule.Fix}");
        }
        return text.ToString();
    }

    private static string Since(Rules.RuleInfo rule) =>
        Rules.RuleRegistry.All.Any(r => r.Id == rule.Id) ? rule.Since : "-";

    private static string Introduced(Rules.RuleInfo rule) =>
        (rule.Since == "0.1" ? "" : $" New in {rule.Since}: a warning until ContainerSecurityAnalysisLevel is {rule.Since} or later.")
        + (rule.LevelRaisedIn is { } raised ? $" Raised in {raised}; older analysis levels keep it at {rule.PreviousLevel?.ToString().ToLowerInvariant()}." : "");

    private static string Level(Rules.RuleInfo rule) => !rule.EnabledByDefault ? "off (enable with a .hadolint.yaml override)" : rule.DefaultLevel switch
    {
        DiagnosticLevel.Error => "error",
        DiagnosticLevel.Warning => "warning",
        _ => "message",
    };
}
