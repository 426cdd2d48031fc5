using ContainerSecurity.Findings;
using ContainerSecurity.Secrets;

namespace ContainerSecurity.Rules.Image;

/// <summary>CSEC4001: a secret in the image's files, environment, labels or build history — anyone who pulls the image can read it.</summary>
public sealed class ImageSecretRule : IImageRule
{
    private static readonly string[] SecretNames = ["PASSWORD", "PASSWD", "SECRET", "TOKEN", "APIKEY", "API_KEY", "ACCESS_KEY", "PRIVATE_KEY", "CONNECTIONSTRING"];

    public RuleInfo Info { get; } = new("CSEC4001", DiagnosticLevel.Error, "A secret is stored in the image",
        "Remove the secret from the image and rotate it; pass secrets at run time (environment from a secret store, mounted files) or with BuildKit secret mounts.");

    public IEnumerable<RuleHit> Check(ImageContext context)
    {
        var config = context.Image.Config;
        foreach (var env in config.Env)
        {
            var eq = env.IndexOf('=');
            var name = eq < 0 ? env : env[..eq];
            var value = eq < 0 ? "" : env[(eq + 1)..];
            if (Describe(name, value) is { } what)
            {
                yield return Hit(context, $"environment variable {name} holds {what}", context.Settings.Item("ContainerEnvironmentVariable", name));
            }
        }
        foreach (var (name, value) in config.Labels)
        {
            if (Describe(name, value) is { } what)
            {
                yield return Hit(context, $"label {name} holds {what}", context.Settings.Item("ContainerLabel", name));
            }
        }
        foreach (var secret in context.Analysis?.Secrets ?? [])
        {
            var origin = secret.File.FromBaseImage ? "from the base image" : "added by the app's layers";
            yield return Hit(context, $"file {secret.File.Path} (layer {secret.File.LayerIndex + 1}, {origin}) holds {secret.Match.Rule.WithArticle} ({secret.Match.MaskedValue}) on line {secret.Match.Line}",
                context.Settings.Project);
        }
        for (var i = 0; i < config.History.Count; i++)
        {
            if (SecretScanner.Scan(config.History[i]).FirstOrDefault() is { } match)
            {
                yield return Hit(context, $"build history step {i + 1} holds {match.Rule.WithArticle} ({match.MaskedValue})", context.Settings.Project);
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
        var looksSecret = SecretNames.Any(upper.Contains) && !upper.EndsWith("_FILE", StringComparison.Ordinal) && !upper.EndsWith("_PATH", StringComparison.Ordinal);
        return looksSecret && value.Length >= 4 && !value.StartsWith('$') ? $"a value that looks like a secret ({SecretMasker.Mask(value)})" : null;
    }

    private RuleHit Hit(ImageContext context, string what, Findings.SourceLocation? location) =>
        new($"Image {context.Image.DisplayName}: {what}. {Info.Fix}", location);
}
