using System.Text.RegularExpressions;

namespace ContainerSecurity.Dockerfile;

/// <summary>
/// Recognises well-known programs by name, also when called by path (<c>/usr/bin/apt-get</c>). A wrapper such as
/// <c>sudo apt-get</c> is <see cref="IsSudo"/>: call <see cref="SimpleCommand.Unwrap"/> first to look through it.
/// </summary>
public static partial class ShellCommandKind
{
    public static bool IsAptGet(this SimpleCommand command) => command.Program == "apt-get";
    public static bool IsApt(this SimpleCommand command) => command.Program == "apt";
    public static bool IsApk(this SimpleCommand command) => command.Program == "apk";
    public static bool IsYum(this SimpleCommand command) => command.Program == "yum";
    public static bool IsDnf(this SimpleCommand command) => command.Program is "dnf" or "dnf5";
    public static bool IsMicrodnf(this SimpleCommand command) => command.Program == "microdnf";
    public static bool IsZypper(this SimpleCommand command) => command.Program == "zypper";

    /// <summary><c>pip</c>, <c>pip3</c>, <c>pip3.12</c>...</summary>
    public static bool IsPip(this SimpleCommand command) => IsPipName(command.Program);

    public static bool IsNpm(this SimpleCommand command) => command.Program == "npm";
    public static bool IsYarn(this SimpleCommand command) => command.Program == "yarn";
    public static bool IsGem(this SimpleCommand command) => command.Program == "gem";
    public static bool IsGo(this SimpleCommand command) => command.Program == "go";
    public static bool IsCurl(this SimpleCommand command) => command.Program == "curl";
    public static bool IsWget(this SimpleCommand command) => command.Program == "wget";
    public static bool IsSudo(this SimpleCommand command) => command.Program == "sudo";
    public static bool IsCd(this SimpleCommand command) => command.Program == "cd";
    public static bool IsUseradd(this SimpleCommand command) => command.Program == "useradd";

    /// <summary>Whether the command is <paramref name="program"/>, and when given, with that subcommand.</summary>
    public static bool Is(this SimpleCommand command, string program, string? subcommand = null) =>
        command.Program == program && (subcommand is null || command.Subcommand == subcommand);

    internal static bool IsPipName(string program) => PipName().IsMatch(program);

    [GeneratedRegex(@"^pip[0-9]*(\.[0-9]+)?$")]
    private static partial Regex PipName();
}
