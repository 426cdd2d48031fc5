namespace ContainerSecurity.Dockerfile;

/// <summary>
/// A builder flag such as <c>--from=build</c> or <c>--link</c>. <see cref="Text"/> is the flag as BuildKit keeps it
/// (quotes and backslashes already removed), <see cref="Value"/> is null for a bare flag like <c>--link</c>.
/// </summary>
public sealed record InstructionFlag(string Name, string? Value, string Text, int Line, int Column);
