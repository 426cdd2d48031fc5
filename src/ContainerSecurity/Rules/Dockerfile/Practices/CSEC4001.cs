using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;
using ContainerSecurity.Secrets;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>CSEC4001: a secret in an ENV, ARG default or LABEL, or a secret file COPY'd/ADD'ed into the image — anyone who pulls it can read it.</summary>
public sealed class CSEC4001 : IDockerfileRule
{
    private static readonly string[] SecretNames = ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "APIKEY", "API_KEY", "ACCESS_KEY", "PRIVATE_KEY", "CONNECTIONSTRING"];
    private static readonly string[] KeyFileNames = ["id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", ".npmrc", ".pypirc", ".git-credentials", ".netrc", ".pgpass", "credentials.json", "secrets.json"];
    private static readonly string[] KeyFileExtensions = [".pem", ".key", ".p12", ".pfx", ".jks", ".keystore"];

    public RuleInfo Info { get; } = new("CSEC4001", DiagnosticLevel.Error, "A secret is stored in the image",
        "Remove the secret from the Dockerfile and rotate it; pass it at build time with a BuildKit secret mount (RUN --mount=type=secret,id=...) or at run time from a secret store.")
    { Equivalent = "BuildKit SecretsUsedInArgOrEnv, Trivy DS031" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var instruction in context.Instructions.Where(i => i.Is("ENV") || i.Is("ARG") || i.Is("LABEL")))
        {
            foreach (var pair in instruction.KeyValues)
            {
                if (pair.Value is { } value && Describe(pair.Key, value) is { } what)
                {
                    yield return new DockerfileHit(instruction, $"{instruction.Keyword} {pair.Key} holds {what}. {Info.Fix}");
                }
            }
        }
        var folder = context.Document.Path is { } path ? System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) : null;
        foreach (var copy in context.Instructions.Where(i => i.Is("COPY") || i.Is("ADD")))
        {
            var arguments = CopyArguments.Of(copy);
            if (arguments.Target is null || copy.Heredocs.Count > 0)
                continue;
            foreach (var source in arguments.Sources)
            {
                if (SecretFile(source, copy.Flag("from") is null ? folder : null) is { } why)
                {
                    yield return new DockerfileHit(copy, $"{copy.Keyword} {source} puts {why} into the image. {Info.Fix}");
                }
            }
        }
    }

    private static string? Describe(string name, string value)
    {
        if (SecretScanner.Scan($"{name}={value}").FirstOrDefault() is { } match)
        {
            return $"{match.Rule.WithArticle} ({match.MaskedValue})";
        }
        var upper = name.ToUpperInvariant().Replace("-", "_");
        var looksSecret = SecretNames.Any(upper.Contains) && !upper.EndsWith("_FILE", StringComparison.Ordinal) && !upper.EndsWith("_PATH", StringComparison.Ordinal)
            && !upper.EndsWith("_DIR", StringComparison.Ordinal) && !upper.EndsWith("_URL", StringComparison.Ordinal);
        var literal = value.Trim();
        return looksSecret && literal.Length >= 4 && !literal.Contains('$') && !Placeholder(literal) ? $"a literal value that looks like a secret ({SecretMasker.Mask(literal)})" : null;
    }

    private static bool Placeholder(string value) =>
        value.StartsWith('/') || value.StartsWith('<') || value.Equals("changeme", StringComparison.OrdinalIgnoreCase)
        || value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("false", StringComparison.OrdinalIgnoreCase)
        || value.Contains("example", StringComparison.OrdinalIgnoreCase);

    private static string? SecretFile(string source, string? folder)
    {
        if (source.Contains("://", StringComparison.Ordinal))
            return null;
        var normalized = source.Replace('\\', '/').TrimEnd('/');
        var name = normalized[(normalized.LastIndexOf('/') + 1)..];
        var lower = name.ToLowerInvariant();
        if (normalized.EndsWith(".docker/config.json", StringComparison.OrdinalIgnoreCase))
            return "a Docker registry credential file";
        if (KeyFileNames.Contains(lower) || lower.StartsWith("id_rsa", StringComparison.Ordinal) && !lower.EndsWith(".pub", StringComparison.Ordinal))
            return "a credential file";
        if (KeyFileExtensions.Any(e => lower.EndsWith(e, StringComparison.Ordinal)))
            return "a private key or certificate store";
        if (lower == ".env" || lower.StartsWith(".env.", StringComparison.Ordinal) && !(lower.Contains("example") || lower.Contains("sample") || lower.Contains("template") || lower.EndsWith(".dist", StringComparison.Ordinal)))
            return "an environment file with secrets";
        if (lower.StartsWith("appsettings.", StringComparison.Ordinal) && lower.EndsWith(".json", StringComparison.Ordinal) && folder is not null && !name.Contains('*') && !name.Contains('$'))
        {
            var file = System.IO.Path.Combine(folder, normalized.TrimStart('/'));
            try
            {
                if (File.Exists(file) && SecretScanner.Scan(File.ReadAllText(file)).FirstOrDefault() is { } match)
                    return $"a settings file with {match.Rule.WithArticle} ({match.MaskedValue}) on line {match.Line}";
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }
        return null;
    }
}
