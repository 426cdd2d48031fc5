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
        return All.Select(name => (name, distance: Distance(upper, name)))
            .Where(c => c.distance <= 2)
            .OrderBy(c => c.distance)
            .Select(c => c.name)
            .FirstOrDefault();
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
