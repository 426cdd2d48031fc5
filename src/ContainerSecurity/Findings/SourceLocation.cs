namespace ContainerSecurity.Findings;

/// <summary>Where a person fixes a finding: a file and, when known, a 1-based line and column.</summary>
public sealed record SourceLocation(string File, int Line = 0, int Column = 0, int EndLine = 0, int EndColumn = 0);
