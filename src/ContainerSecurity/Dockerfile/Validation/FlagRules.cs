namespace ContainerSecurity.Dockerfile.Validation;

internal enum FlagKind { Bool, String, Strings }

/// <summary>
/// The builder flags each instruction accepts, with BuildKit's flag types: a bool may be bare (<c>--link</c>), a
/// string needs <c>=value</c>, and only a strings flag (<c>--mount</c>, <c>--exclude</c>) may repeat.
/// </summary>
internal static class FlagRules
{
    private static readonly Dictionary<string, FlagKind> None = [];

    private static readonly Dictionary<string, Dictionary<string, FlagKind>> ByKeyword = new()
    {
        ["ADD"] = new()
        {
            ["chown"] = FlagKind.String, ["chmod"] = FlagKind.String, ["link"] = FlagKind.Bool,
            ["keep-git-dir"] = FlagKind.Bool, ["checksum"] = FlagKind.String, ["exclude"] = FlagKind.Strings,
            ["unpack"] = FlagKind.Bool,
        },
        ["COPY"] = new()
        {
            ["chown"] = FlagKind.String, ["from"] = FlagKind.String, ["chmod"] = FlagKind.String,
            ["link"] = FlagKind.Bool, ["exclude"] = FlagKind.Strings, ["parents"] = FlagKind.Bool,
        },
        ["FROM"] = new() { ["platform"] = FlagKind.String },
        ["RUN"] = new()
        {
            ["mount"] = FlagKind.Strings, ["network"] = FlagKind.String, ["security"] = FlagKind.String,
            ["device"] = FlagKind.Strings,
        },
        ["HEALTHCHECK"] = new()
        {
            ["interval"] = FlagKind.String, ["timeout"] = FlagKind.String, ["start-period"] = FlagKind.String,
            ["start-interval"] = FlagKind.String, ["retries"] = FlagKind.String,
        },
    };

    public static IReadOnlyDictionary<string, FlagKind> For(string keyword) =>
        ByKeyword.TryGetValue(keyword, out var flags) ? flags : None;
}
