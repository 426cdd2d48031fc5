namespace ContainerSecurity.Policy;

/// <summary>How findings become errors, warnings and notes: the project's NoWarn family and suppressions.</summary>
public sealed record PolicySettings
{
    public IReadOnlyList<string> NoWarn { get; init; } = [];
    public IReadOnlyList<string> WarningsAsErrors { get; init; } = [];
    public IReadOnlyList<string> WarningsNotAsErrors { get; init; } = [];
    public bool TreatWarningsAsErrors { get; init; }
    public IReadOnlyList<Suppression> Suppressions { get; init; } = [];
}
