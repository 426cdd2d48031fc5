using ContainerSecurity.Rules.Dockerfile.Hadolint;

namespace ContainerSecurity.Rules.Dockerfile;

/// <summary>hadolint's rules DL3032–DL3067 and DL4000–DL4006, under hadolint's ids and default severities.</summary>
internal static class HadolintRulesMore
{
    public static IReadOnlyList<IDockerfileRule> All { get; } =
    [
        new DL3032(),
        new DL3033(),
        new DL3034(),
        new DL3035(),
        new DL3036(),
        new DL3037(),
        new DL3038(),
        new DL3040(),
        new DL3041(),
        new DL3042(),
        new DL3043(),
        new DL3044(),
        new DL3045(),
        new DL3046(),
        new DL3047(),
        new DL3061(),
        new DL4000(),
        new DL4003(),
        new DL4004(),
    ];
}
