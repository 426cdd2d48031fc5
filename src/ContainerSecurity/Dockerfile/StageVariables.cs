namespace ContainerSecurity.Dockerfile;

/// <summary>
/// The variables at the end of a stage: its ARGs (a null value is declared but unset) and its ENVs, and
/// <see cref="BaseImage"/> with the meta ARGs expanded as BuildKit expands FROM.
/// </summary>
public sealed record StageVariables(
    int StageIndex,
    string BaseImage,
    IReadOnlyDictionary<string, string?> Args,
    IReadOnlyDictionary<string, string?> Env)
{
    /// <summary>What an instruction can expand: ARGs and ENVs together, ENV winning as in BuildKit.</summary>
    public IReadOnlyDictionary<string, string?> Combined => VariableScopes.Combine(Args, Env);
}
