using ContainerSecurity.Dockerfile.ShellCommands;

namespace ContainerSecurity.Dockerfile;

/// <summary>
/// One simple command of a shell script, e.g. <c>apt-get install -y curl</c> out of
/// <c>DEBIAN_FRONTEND=noninteractive apt-get install -y curl &gt; /dev/null</c>.
/// </summary>
/// <remarks>
/// <see cref="Name"/> and <see cref="Arguments"/> have quotes and backslashes removed (variables and substitutions
/// stay as written); <see cref="RawWords"/> are the same words as written, name first. Leading <c>VAR=value</c>
/// words are in <see cref="Assignments"/>; a wrapper such as <c>sudo</c> or <c>env</c> stays the name
/// (see <see cref="Unwrap"/>).
/// </remarks>
public sealed class SimpleCommand
{
    public required string Name { get; init; }
    public required IReadOnlyList<string> Arguments { get; init; }
    public required IReadOnlyList<string> RawWords { get; init; }
    public IReadOnlyList<string> Assignments { get; init; } = [];
    public IReadOnlyList<ShellRedirection> Redirections { get; init; } = [];

    /// <summary>The command's source text, from its first word to its last redirection.</summary>
    public required string Text { get; init; }

    /// <summary>The name without its directory: <c>apt-get</c> for <c>/usr/bin/apt-get</c>.</summary>
    public string Program => Name[(Name.LastIndexOf('/') + 1)..];

    /// <summary>The first argument that is not an option (nor the value of a known option), e.g. <c>install</c>.</summary>
    public string? Subcommand => SubcommandIndex() is var i and >= 0 ? Arguments[i] : null;

    /// <summary>The program and its subcommand, e.g. <c>apt-get install</c>.</summary>
    public string Invocation => Subcommand is { } sub ? $"{Program} {sub}" : Program;

    /// <summary>
    /// Whether any of the options is given: <c>--name</c> also as <c>--name=value</c>, and a one-letter <c>-y</c> also
    /// inside a group such as <c>-yq</c>. Arguments after <c>--</c> are not options.
    /// </summary>
    public bool HasFlag(params string[] names) =>
        Options().Any(option => names.Any(name => Matches(option, Normalize(name))));

    /// <summary>The arguments after the subcommand that are not options (nor values of known options).</summary>
    public IReadOnlyList<string> PackageArguments()
    {
        var packages = new List<string>();
        var onlyOperands = false;
        for (var i = SubcommandIndex() + 1; i > 0 && i < Arguments.Count; i++)
        {
            var argument = Arguments[i];
            if (!onlyOperands && argument == "--")
                onlyOperands = true;
            else if (!onlyOperands && IsOption(argument))
                i += TakesSeparateValue(argument) ? 1 : 0;
            else
                packages.Add(argument);
        }
        return packages;
    }

    /// <summary>The command a wrapper runs (<c>sudo</c>, <c>env</c>, <c>nice</c>, <c>nohup</c>, <c>exec</c>, <c>time</c>,
    /// <c>command</c>), repeatedly; this command when it is not a wrapper.</summary>
    public SimpleCommand Unwrap()
    {
        var command = this;
        for (var depth = 0; depth < 8 && CommandWrappers.Inner(command) is { } inner; depth++)
            command = inner;
        return command;
    }

    public override string ToString() => Text;

    private int SubcommandIndex()
    {
        for (var i = 0; i < Arguments.Count; i++)
        {
            var argument = Arguments[i];
            if (argument == "--")
                return i + 1 < Arguments.Count ? i + 1 : -1;
            if (!IsOption(argument))
                return i;
            if (TakesSeparateValue(argument))
                i++;
        }
        return -1;
    }

    private IEnumerable<string> Options() => Arguments.TakeWhile(a => a != "--").Where(IsOption);

    private bool TakesSeparateValue(string option) => !option.Contains('=') && ShellOptionValues.TakesValue(Program, option);

    private static bool IsOption(string argument) => argument.Length > 1 && argument[0] == '-';

    private static string Normalize(string name) =>
        name.StartsWith('-') ? name : name.Length == 1 ? "-" + name : "--" + name;

    private static bool Matches(string option, string name)
    {
        if (option == name || option.StartsWith(name + "=", StringComparison.Ordinal))
            return true;
        if (name.Length != 2 || name[1] == '-' || option.StartsWith("--", StringComparison.Ordinal))
            return false;
        for (var i = 1; i < option.Length && char.IsAsciiLetterOrDigit(option[i]); i++)
        {
            if (option[i] == name[1])
                return true;
        }
        return false;
    }
}
