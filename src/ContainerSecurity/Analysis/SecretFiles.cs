namespace ContainerSecurity.Analysis;

/// <summary>
/// Which files are read for secrets: configuration and credential files by name, and small text files the app
/// brought. Binaries and big files are skipped (and counted), since secrets there are rare and reading them is slow.
/// </summary>
internal static class SecretFiles
{
    public const long MaxSize = 512 * 1024;

    private static readonly string[] Names =
    [
        ".env", ".npmrc", ".pypirc", ".git-credentials", ".netrc", "credentials", "config.json", "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519",
        "nuget.config", "NuGet.Config", ".dockercfg", "secrets.json", "web.config",
    ];

    // Source code and scripts: read for token formats only (see SecretRule.IsGeneric).
    private static readonly string[] CodeExtensions = [".sh", ".bash", ".zsh", ".ps1", ".py", ".js", ".mjs", ".cjs", ".ts", ".rb", ".php", ".go", ".java", ".cs"];

    // Files that exist only to hold credentials, read even inside package trees.
    private static readonly string[] CredentialNames =
    [
        ".env", ".npmrc", ".pypirc", ".git-credentials", ".netrc", "credentials", "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", ".dockercfg", "secrets.json",
    ];

    // Configuration, data and script files people leave credentials in (changing the list changes which files the
    // layer cache holds secret findings for: bump the "secrets-N" part of ImageAnalyzer.CacheKey). Markdown is left out, as Trivy does: it is
    // documentation, full of sample tokens.
    private static readonly string[] Extensions =
    [
        ".pem", ".key", ".p12", ".pfx", ".json", ".yaml", ".yml", ".config", ".xml", ".ini", ".properties", ".conf", ".cfg", ".cnf",
        ".env", ".toml", ".txt", ".csv", ".tsv", ".log", ".sql", ".html", ".htm", ".htpasswd", ".tf", ".tfvars", ".hcl",
        .. CodeExtensions,
    ];

    public static bool IsCode(string path) => CodeExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    // Language runtimes installed from source (the official python, ruby images): their standard libraries, as Trivy skips them.
    private static readonly string[] SkippedRoots = ["/usr/local/lib/python", "/usr/local/lib/ruby/", "/usr/share/", "/usr/lib/", "/usr/include/", "/var/lib/dpkg/", "/var/lib/apt/", "/var/lib/rpm/", "/lib/", "/proc/", "/sys/", "/usr/share/dotnet/", "/etc/ssl/certs/", "/usr/local/share/ca-certificates/"];

    // Installed third-party packages: their test fixtures and API descriptions are not the app's secrets, and they
    // are many (botocore alone has thousands of JSON files). Trivy skips the same trees.
    private static readonly string[] PackageTrees = ["/node_modules/", "/site-packages/", "/dist-packages/", "/vendor/"];

    public static bool IsCandidate(string path, long size) => size > 0 && size <= MaxSize && IsCandidateByName(path);

    /// <summary>A file whose name says it may hold secrets, whatever its size.</summary>
    public static bool IsCandidateByName(string path)
    {
        if (SkippedRoots.Any(r => path.StartsWith(r, StringComparison.Ordinal)))
        {
            return false;
        }
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (PackageTrees.Any(t => path.Contains(t, StringComparison.Ordinal)))
        {
            // An app installed into site-packages, or its own vendor folder, still has its credential files read.
            return CredentialNames.Contains(name, StringComparer.Ordinal) || name.StartsWith(".env.", StringComparison.Ordinal);
        }
        if (Names.Contains(name, StringComparer.Ordinal) || name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) || name.StartsWith(".env.", StringComparison.Ordinal))
        {
            return !name.EndsWith(".deps.json", StringComparison.Ordinal) && !name.EndsWith(".runtimeconfig.json", StringComparison.Ordinal);
        }
        return Extensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            && !name.EndsWith(".deps.json", StringComparison.Ordinal) && !name.EndsWith(".runtimeconfig.json", StringComparison.Ordinal);
    }
}
