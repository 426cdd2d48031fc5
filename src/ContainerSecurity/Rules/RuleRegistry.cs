using ContainerSecurity.Rules.Dockerfile;
using ContainerSecurity.Rules.Image;

namespace ContainerSecurity.Rules;

/// <summary>The one list of rules: adding a rule is adding its file and one line here.</summary>
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
