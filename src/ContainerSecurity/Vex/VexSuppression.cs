namespace ContainerSecurity.Vex;

/// <summary>The VEX statement that suppressed a finding, as every report shows it.</summary>
public sealed record VexSuppression(string Document, string Vulnerability, string Status, string? Justification, string? ImpactStatement, string? Statement, DateTimeOffset Timestamp)
{
    /// <summary>The one-line reason the console, MSBuild, Markdown and SARIF justification show.</summary>
    public string Describe()
    {
        var why = string.Join("; ", new[] { Justification, ImpactStatement }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return $"VEX {Document}: {Vulnerability} {Status}{(why.Length > 0 ? $" ({why})" : "")}";
    }
}
