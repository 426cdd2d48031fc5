namespace ContainerSecurity.Rules;

/// <summary>Whether a user spec (<c>user[:group]</c>, as a Dockerfile USER or an image config's User writes it) is root.</summary>
public static class RootUser
{
    /// <summary>The spec names root: <c>root</c> or uid <c>0</c>, with or without a group. An empty spec names nobody
    /// (a Dockerfile USER without a value is a parse error, reported as such).</summary>
    public static bool IsNamed(string user) => Name(user) is "root" or "0";

    /// <summary>A container configured with this User runs as root: the spec names root, or is empty (Docker's default user is root).</summary>
    public static bool RunsAsRoot(string user) => Name(user).Length == 0 || IsNamed(user);

    private static string Name(string user) => user.Split(':')[0].Trim();
}
