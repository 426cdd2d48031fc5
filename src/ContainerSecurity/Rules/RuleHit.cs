using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules;

/// <summary>One thing a rule found, with the place a person fixes it.</summary>
public sealed record RuleHit(string Message, SourceLocation? Location);
