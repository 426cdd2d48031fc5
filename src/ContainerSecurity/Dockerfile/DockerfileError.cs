namespace ContainerSecurity.Dockerfile;

/// <summary>
/// Something BuildKit rejects (an error) or warns about (a warning), at a 1-based line and column,
/// with a message that says what to change.
/// </summary>
public sealed record DockerfileError(string Message, int Line, int Column);
