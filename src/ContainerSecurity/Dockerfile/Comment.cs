namespace ContainerSecurity.Dockerfile;

/// <summary>
/// A comment line (also one inside a line continuation), e.g. a <c># hadolint ignore=DL3008</c> pragma.
/// <see cref="Text"/> is what follows the <c>#</c>, trimmed; <see cref="Column"/> is the column of the <c>#</c>.
/// Parser directives are not comments: they are in <see cref="DockerfileDocument.Directives"/>.
/// </summary>
public sealed record Comment(string Text, int Line, int Column);
