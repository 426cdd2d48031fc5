namespace ContainerSecurity.Dockerfile.ShellCommands;

/// <summary>
/// Options of common installers that take their value as the next word (<c>apt-get -o Opt=1 install</c>), so that
/// value is not mistaken for the subcommand or a package.
/// </summary>
internal static class ShellOptionValues
{
    private static readonly string[] AptOptions =
        ["-o", "-c", "-t", "-a", "--option", "--config-file", "--target-release", "--default-release", "--host-architecture"];

    private static readonly string[] DnfOptions =
        ["-c", "--config", "-x", "--exclude", "--setopt", "--enablerepo", "--disablerepo", "--installroot", "--releasever", "--repo", "--repoid"];

    private static readonly Dictionary<string, HashSet<string>> ByProgram = new()
    {
        ["apt-get"] = [.. AptOptions],
        ["apt"] = [.. AptOptions],
        ["apk"] = ["-X", "--repository", "-p", "--root", "-t", "--virtual", "--arch", "--cache-dir", "--keys-dir", "--repositories-file"],
        ["yum"] = [.. DnfOptions],
        ["dnf"] = [.. DnfOptions],
        ["dnf5"] = [.. DnfOptions],
        ["microdnf"] = [.. DnfOptions],
        ["zypper"] = ["-r", "--repo", "-R", "--root", "--releasever"],
        ["pip"] = ["-r", "--requirement", "-c", "--constraint", "-i", "--index-url", "--extra-index-url", "-f", "--find-links",
            "-t", "--target", "--prefix", "--root", "--trusted-host", "--cache-dir", "--platform", "--python-version", "--src"],
        ["npm"] = ["--registry", "--prefix", "--cache", "-w", "--workspace", "--omit", "--include"],
        ["yarn"] = ["--cwd", "--modules-folder", "--cache-folder", "--registry"],
        ["gem"] = ["-v", "--version", "-i", "--install-dir", "-n", "--bindir", "-s", "--source", "-P", "--trust-policy"],
        ["go"] = ["-o", "-C", "-tags", "-ldflags", "-gcflags", "-asmflags", "-mod", "-modfile", "-p", "-pkgdir", "-buildmode",
            "-compiler", "-installsuffix", "-overlay", "-toolexec"],
    };

    public static bool TakesValue(string program, string option) =>
        ByProgram.TryGetValue(ShellCommandKind.IsPipName(program) ? "pip" : program, out var options) && options.Contains(option);
}
