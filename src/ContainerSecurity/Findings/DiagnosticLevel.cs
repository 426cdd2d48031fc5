namespace ContainerSecurity.Findings;

/// <summary>How a finding is reported: the three levels MSBuild and SARIF share.</summary>
public enum DiagnosticLevel
{
    Note,
    Warning,
    Error,
}
