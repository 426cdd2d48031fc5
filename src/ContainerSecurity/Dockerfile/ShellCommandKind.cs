using System.Text.RegularExpressions;

namespace ContainerSecurity.Dockerfile;

/// <summary>
/// The one place that recognises well-known programs by name, also when called by path (<c>/usr/bin/apt-get</c>) and
/// under another name for the same tool (<c>dnf5</c> is <c>dnf</c>). A wrapper such as <c>sudo apt-get</c> is
/// <see cref="IsSudo"/>: call <see cref="SimpleCommand.Unwrap"/> first to look through it.
/// </summary>
public static partial class ShellCommandKind
{
    /// <summary>Other names a program is installed under, recognised as the program.</summary>
    private static readonly Dictionary<string, string[]> OtherNames = new(StringComparer.Ordinal)
    {
        ["dnf"] = ["dnf5"],
    };

    public static bool IsAptGet(this SimpleCommand command) => command.Is("apt-get");
    public static bool IsApt(this SimpleCommand command) => command.Is("apt");
    public static bool IsApk(this SimpleCommand command) => command.Is("apk");
    public static bool IsDnf(this SimpleCommand command) => command.Is("dnf");
    public static bool IsMicrodnf(this SimpleCommand command) => command.Is("microdnf");
    public static bool IsYarn(this SimpleCommand command) => command.Is("yarn");
    public static bool IsGo(this SimpleCommand command) => command.Is("go");
    public static bool IsCurl(this SimpleCommand command) => command.Is("curl");
    public static bool IsWget(this SimpleCommand command) => command.Is("wget");
    public static bool IsSudo(this SimpleCommand command) => command.Is("sudo");
    public static bool IsCd(this SimpleCommand command) => command.Is("cd");
    public static bool IsUseradd(this SimpleCommand command) => command.Is("useradd");

    /// <summary>Whether the command is <paramref name="program"/> (or another name of it), and when given, with that subcommand.</summary>
    public static bool Is(this SimpleCommand command, string program, string? subcommand = null) =>
        IsProgram(command.Program, program) && (subcommand is null || command.Subcommand == subcommand);

    /// <summary>hadolint's <c>cmdHasArgs</c>: the program, with any one of the arguments anywhere on its command line.</summary>
    public static bool HasAnyArg(this SimpleCommand command, string program, params string[] arguments) =>
        command.Is(program) && command.Arguments.Any(arguments.Contains);

    /// <summary>Whether a program name (without directory) is <paramref name="program"/> or another name of it.</summary>
    public static bool IsProgram(string name, string program) =>
        name == program || OtherNames.TryGetValue(program, out var others) && others.Contains(name);

    /// <summary><c>pip</c>, <c>pip3</c>, <c>pip3.12</c>... (for their options that take a value).</summary>
    internal static bool IsPipName(string program) => PipName().IsMatch(program);

    [GeneratedRegex(@"^pip[0-9]*(\.[0-9]+)?$")]
    private static partial Regex PipName();
}
