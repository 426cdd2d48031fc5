using ContainerSecurity.Dockerfile;

namespace ContainerSecurity.Rules.Dockerfile;

/// <summary>What a Dockerfile rule found, at the instruction a person edits (null: the whole file).</summary>
public sealed record DockerfileHit(Instruction? At, string Message);
