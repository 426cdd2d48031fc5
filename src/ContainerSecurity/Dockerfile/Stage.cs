namespace ContainerSecurity.Dockerfile;

/// <summary>
/// A build stage: its FROM and the instructions after it up to the next FROM (the FROM itself is not in
/// <see cref="Instructions"/>). <see cref="BaseImage"/> is the raw image reference (variables unexpanded, empty when
/// FROM has none); <see cref="Name"/> is the AS name lower-cased as BuildKit does.
/// </summary>
public sealed class Stage
{
    public required int Index { get; init; }
    public required string BaseImage { get; init; }
    public string? Name { get; init; }
    public string? Platform { get; init; }
    public required Instruction From { get; init; }
    public required IReadOnlyList<Instruction> Instructions { get; init; }
}
