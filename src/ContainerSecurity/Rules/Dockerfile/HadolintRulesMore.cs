using ContainerSecurity.Rules.Dockerfile.Hadolint;

namespace ContainerSecurity.Rules.Dockerfile;

/// <summary>hadolint's rules DL3032–DL3067 and DL4000–DL4006, under hadolint's ids and default severities.</summary>
internal static class HadolintRulesMore
{
    public static IReadOnlyList<IDockerfileRule> All { get; } =
    [
        new DL3043(),
        new DL3061(),
        new DL4000(),
        new DL4003(),
        new DL4004(),
    ];
}
