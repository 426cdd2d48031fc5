using ContainerSecurity.Rules.Dockerfile.Hadolint;

namespace ContainerSecurity.Rules.Dockerfile;

/// <summary>hadolint's rules, under hadolint's ids and default severities.</summary>
internal static class HadolintRules
{
    public static IReadOnlyList<IDockerfileRule> All { get; } =
    [
        new DL3006(),
        new DL3008(),
    ];
}
