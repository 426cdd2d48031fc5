namespace ContainerSecurity.Rules.Dockerfile;

/// <summary>
/// The Dockerfile part of the rule registry, found by type: every concrete <see cref="IDockerfileRule"/> class of this
/// assembly, so adding a rule is adding its file (and its test). hadolint's DL rules run first, then the practice
/// rules, each in id order. Two rules with one id are a programming error that stops the engine at start-up.
/// </summary>
internal static class DockerfileRuleList
{
    public static IReadOnlyList<IDockerfileRule> All { get; } = Discover(typeof(DockerfileRuleList).Assembly.GetTypes());

    /// <summary>One instance of each concrete rule type among <paramref name="types"/>, ordered; throws on a duplicate id.</summary>
    internal static IReadOnlyList<IDockerfileRule> Discover(IEnumerable<Type> types)
    {
        var rules = types
            .Where(t => t.IsClass && !t.IsAbstract && typeof(IDockerfileRule).IsAssignableFrom(t))
            .Select(t => (IDockerfileRule)Activator.CreateInstance(t)!)
            .OrderBy(r => r.Info.Id.StartsWith("DL", StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(r => r.Info.Id, StringComparer.Ordinal)
            .ToList();
        var duplicate = rules.GroupBy(r => r.Info.Id, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Two Dockerfile rules share the id {duplicate.Key}: {string.Join(", ", duplicate.Select(r => r.GetType().FullName))}. Give each rule its own id.");
        }
        return rules;
    }
}
