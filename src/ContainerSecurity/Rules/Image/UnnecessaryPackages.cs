namespace ContainerSecurity.Rules.Image;

/// <summary>
/// Packages a production image should not carry: editors, remote shells, network tools and debuggers help an
/// attacker more than the app. Shared by the image rule and the Dockerfile rule.
/// </summary>
public static class UnnecessaryPackages
{
    public static IReadOnlyList<string> Default { get; } =
    [
        "vim", "vim-tiny", "vim-nox", "nano", "emacs", "emacs-nox", "joe", "ed",
        "telnet", "telnetd", "inetutils-telnet", "netcat", "netcat-openbsd", "netcat-traditional", "ncat", "nmap", "socat",
        "openssh-server", "openssh-client", "openssh", "dropbear", "ftp", "tftp",
        "curl", "wget", "tcpdump", "gdb", "strace", "ltrace", "sudo",
    ];

    public static HashSet<string> For(ImageSettings settings)
    {
        var set = new HashSet<string>(Default.Concat(settings.UnnecessaryPackages), StringComparer.OrdinalIgnoreCase);
        set.ExceptWith(settings.AllowedPackages);
        return set;
    }
}
