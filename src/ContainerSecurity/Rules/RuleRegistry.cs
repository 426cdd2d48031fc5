using ContainerSecurity.Rules.Dockerfile;
using ContainerSecurity.Rules.Image;

namespace ContainerSecurity.Rules;

/// <summary>The rules: the image rules listed here (their order is the order of their findings); the Dockerfile rules found by type (<see cref="DockerfileRuleList"/>), so adding one is adding its file.</summary>
public static class RuleRegistry
{
    public static IReadOnlyList<IImageRule> ImageRules { get; } =
    [
        new RunsAsRootRule(),
        new ImageSizeRule(),
        new RemoteShellPortRule(),
        new UnnecessaryPackageRule(),
        new SetuidFileRule(),
        new WorldWritableDirectoryRule(),
        new ImageSecretRule(),
        new UntrustedBaseRegistryRule(),
        new DeniedBaseImageRule(),
        new FloatingBaseTagRule(),
        new UnpinnedBaseRule(),
        new StaleBaseImageRule(),
        new EndOfLifeBaseRule(),
        new FullBaseImageRule(),
    ];

    public static IReadOnlyList<IDockerfileRule> DockerfileRules { get; } = DockerfileRuleList.All;

    public static IEnumerable<RuleInfo> All => ImageRules.Select(r => r.Info).Concat(DockerfileRules.Select(r => r.Info));
}
