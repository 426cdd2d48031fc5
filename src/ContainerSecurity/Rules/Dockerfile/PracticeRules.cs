using ContainerSecurity.Rules.Dockerfile.Practices;

namespace ContainerSecurity.Rules.Dockerfile;

/// <summary>Practices hadolint lacks: root user, secrets, unnecessary packages, trusted registries, base image choice, Trivy's and BuildKit's remaining checks.</summary>
internal static class PracticeRules
{
    public static IReadOnlyList<IDockerfileRule> All { get; } =
    [
        new CSEC1101(),
        new CSEC1102(),
        new CSEC1103(),
        new CSEC1104(),
        new CSEC1105(),
        new CSEC1106(),
        new CSEC1107(),
        new CSEC1108(),
        new CSEC1109(),
        new CSEC1110(),
        new CSEC1111(),
        new CSEC1112(),
        new CSEC1113(),
        new CSEC1114(),
        new CSEC1115(),
        new CSEC1116(),
        new CSEC1117(),
        new CSEC1118(),
        new CSEC1119(),
        new CSEC1120(),
        new CSEC1121(),
        new CSEC1122(),
        new CSEC4001(),
        new CSEC5001(),
        new CSEC5010(),
    ];
}
