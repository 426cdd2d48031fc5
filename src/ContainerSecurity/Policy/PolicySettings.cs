namespace ContainerSecurity.Policy;

/// <summary>How findings become errors, warnings and notes: the analysis level, the project's NoWarn family and suppressions.</summary>
public sealed record PolicySettings
{
    public IReadOnlyList<string> NoWarn { get; init; } = [];
    public IReadOnlyList<string> WarningsAsErrors { get; init; } = [];
    public IReadOnlyList<string> WarningsNotAsErrors { get; init; } = [];
    public bool TreatWarningsAsErrors { get; init; }
    public IReadOnlyList<Suppression> Suppressions { get; init; } = [];
    /// <summary>ContainerSecurityAnalysisLevel as the project wrote it: empty (the baseline 0.1), 'latest', or a release like 0.2.</summary>
    public string? AnalysisLevel { get; init; }
}
