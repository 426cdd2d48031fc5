namespace ContainerSecurity.Dockerfile.Validation;

/// <summary>The instructions BuildKit knows, and the closest one to a misspelling (as its "did you mean" does).</summary>
internal static class InstructionNames
{
    public static readonly IReadOnlyList<string> All =
    [
        "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL",
        "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
    ];

    public static string? Suggest(string keyword)
    {
        if (keyword.Length == 0 || keyword.Length > 20)
            return null;
        var upper = keyword.ToUpperInvariant();
        return All.Select(name => (name, distance: EditDistance.Between(upper, name)))
            .Where(c => c.distance <= 2)
            .OrderBy(c => c.distance)
            .Select(c => c.name)
            .FirstOrDefault();
    }
}
