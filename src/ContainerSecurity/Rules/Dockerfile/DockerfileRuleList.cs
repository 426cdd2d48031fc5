namespace ContainerSecurity.Rules.Dockerfile;

/// <summary>The Dockerfile part of the rule registry. Each family keeps its own list; adding a rule is its file plus one line there.</summary>
internal static class DockerfileRuleList
{
    public static IReadOnlyList<IDockerfileRule> All { get; } = [.. HadolintRules.All, .. HadolintRulesMore.All, .. HadolintLabelAndShellRules.All, .. PracticeRules.All];
}
