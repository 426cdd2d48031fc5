using ContainerSecurity.Rules.Dockerfile.Hadolint;

namespace ContainerSecurity.Rules.Dockerfile;

/// <summary>hadolint's shell rules (DL4001, DL4005, DL4006, DL3057, DL3059, DL3060, DL3062) and label-schema rules (DL3048–DL3058).</summary>
internal static class HadolintLabelAndShellRules
{
    public static IReadOnlyList<IDockerfileRule> All { get; } =
    [
        new DL4001(),
        new DL4005(),
        new DL4006(),
        new DL3057(),
        new DL3059(),
        new DL3060(),
        new DL3062(),
        new DL3048(),
        new DL3049(),
        new DL3050(),
        new DL3051(),
        new DL3052(),
        new DL3053(),
        new DL3054(),
        new DL3055(),
        new DL3056(),
        new DL3058(),
    ];
}
