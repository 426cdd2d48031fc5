using ContainerSecurity.Rules.Dockerfile.Hadolint;

namespace ContainerSecurity.Rules.Dockerfile;

/// <summary>hadolint's rules, under hadolint's ids and default severities.</summary>
internal static class HadolintRules
{
    public static IReadOnlyList<IDockerfileRule> All { get; } =
    [
        new DL1001(),
        new DL3000(),
        new DL3001(),
        new DL3002(),
        new DL3003(),
        new DL3004(),
        new DL3005(),
        new DL3006(),
        new DL3007(),
        new DL3008(),
        new DL3009(),
        new DL3010(),
        new DL3011(),
        new DL3012(),
        new DL3013(),
        new DL3014(),
        new DL3015(),
        new DL3016(),
        new DL3018(),
        new DL3019(),
        new DL3020(),
        new DL3021(),
        new DL3022(),
        new DL3023(),
        new DL3024(),
        new DL3025(),
        new DL3026(),
        new DL3027(),
        new DL3028(),
        new DL3029(),
        new DL3030(),
    ];
}
