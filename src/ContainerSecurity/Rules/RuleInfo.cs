using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules;

/// <summary>What every rule declares: its code, default level, title and how to fix what it finds.</summary>
public sealed record RuleInfo(string Id, DiagnosticLevel DefaultLevel, string Title, string Fix)
{
    public string HelpLink => DiagnosticCodes.HelpLink(Id);
}
