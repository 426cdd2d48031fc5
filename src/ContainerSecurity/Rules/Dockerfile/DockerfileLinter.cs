using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile;

/// <summary>
/// Lints one Dockerfile: parses it, runs every Dockerfile rule, then applies what a person configured — hadolint's
/// config file (ignored, override, failure-threshold) and ignore pragmas — and notes pragmas that ignore nothing.
/// </summary>
public static class DockerfileLinter
{
    public const string ParseErrorCode = "CSEC1000";
    public const string UnusedPragmaCode = "CSEC1001";
    public const string BadConfigCode = "CSEC1002";
    public const string BadDockerIgnoreCode = "CSEC1003";

    public static IReadOnlyList<Finding> Lint(string path, DockerfileSettings settings)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [Error(ParseErrorCode, $"The Dockerfile '{path}' could not be read: {e.Message}", new SourceLocation(path))];
        }

        var findings = new List<Finding>();
        var config = HadolintConfig.Empty;
        if (HadolintConfig.Find(Path.GetDirectoryName(Path.GetFullPath(path))!) is { } configPath)
        {
            try
            {
                config = HadolintConfig.Load(configPath);
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
            {
                findings.Add(Error(BadConfigCode, $"{e.Message} Fix the file, or remove it to lint with the defaults.", new SourceLocation(configPath)));
            }
        }
        settings = settings with
        {
            TrustedRegistries = [.. settings.TrustedRegistries, .. config.TrustedRegistries],
            LabelSchema = config.LabelSchema.Count > 0 ? config.LabelSchema : settings.LabelSchema,
            StrictLabels = settings.StrictLabels || config.StrictLabels,
        };

        findings.AddRange(DockerIgnoreWarnings(path));

        var document = DockerfileParser.Parse(text, path);
        findings.AddRange(document.Errors.Select(e => Error(ParseErrorCode, $"BuildKit would reject this Dockerfile: {e.Message}", new SourceLocation(path, e.Line, Math.Max(1, e.Column)))));
        var context = new DockerfileContext(document, settings);
        var pragmas = IgnorePragma.Read(document);
        var used = new HashSet<IgnorePragma>();
        foreach (var rule in RuleRegistry.DockerfileRules)
        {
            var severity = config.Overrides.TryGetValue(rule.Info.Id, out var overridden) ? overridden : (HadolintSeverity?)null;
            if (config.Ignored.Contains(rule.Info.Id, StringComparer.OrdinalIgnoreCase) || severity == HadolintSeverity.Ignore || (!rule.Info.EnabledByDefault && severity is null))
            {
                continue;
            }
            foreach (var hit in rule.Check(context))
            {
                var line = hit.At?.StartLine ?? 0;
                if (pragmas.FirstOrDefault(p => p.Covers(rule.Info.Id, line)) is { } pragma)
                {
                    used.Add(pragma);
                    continue;
                }
                findings.Add(new Finding
                {
                    Code = rule.Info.Id,
                    Level = Level(rule.Info.DefaultLevel, severity, config.FailureThreshold),
                    Message = hit.Message,
                    Location = hit.At is { } at ? new SourceLocation(path, at.StartLine, at.StartColumn, at.EndLine, at.EndColumn) : new SourceLocation(path),
                    HelpLink = rule.Info.HelpLink,
                });
            }
        }
        foreach (var pragma in pragmas.Where(p => !used.Contains(p)))
        {
            findings.Add(new Finding
            {
                Code = UnusedPragmaCode,
                Level = DiagnosticLevel.Note,
                Message = $"This ignore pragma ({string.Join(",", pragma.Codes)}) suppresses nothing; remove it if the finding is gone for good.",
                Location = new SourceLocation(path, pragma.Line, 1),
                HelpLink = DiagnosticCodes.HelpLink(UnusedPragmaCode),
            });
        }
        return findings;
    }

    /// <summary>
    /// A warning at each .dockerignore line Docker rejects: `docker build` fails on the file, and the lint cannot say
    /// what it would exclude, so CSEC1122 skips it; the rest of the lint runs.
    /// </summary>
    private static IEnumerable<Finding> DockerIgnoreWarnings(string dockerfilePath)
    {
        if (Practices.DockerIgnore.Load(dockerfilePath) is not { } ignore)
            yield break;
        foreach (var bad in ignore.BadLines)
        {
            var what = bad.Line > 0
                ? $"Docker rejects line {bad.Line} of {ignore.Name} ('{bad.Text}'): {bad.Reason}. `docker build` fails on a pattern Docker cannot read; fix or remove the line."
                : $"{ignore.Name} was not read: {bad.Reason}.";
            yield return new Finding
            {
                Code = BadDockerIgnoreCode,
                Level = DiagnosticLevel.Warning,
                Message = what + " COPY and ADD sources were not checked against it (CSEC1122).",
                Location = new SourceLocation(ignore.Path, bad.Line, bad.Line > 0 ? 1 : 0),
                HelpLink = DiagnosticCodes.HelpLink(BadDockerIgnoreCode),
            };
        }
    }

    /// <summary>The rule's level, a hadolint override, then hadolint's failure-threshold: at or above it fails, below it does not.</summary>
    private static DiagnosticLevel Level(DiagnosticLevel level, HadolintSeverity? overridden, HadolintSeverity? threshold)
    {
        var severity = overridden ?? level switch { DiagnosticLevel.Error => HadolintSeverity.Error, DiagnosticLevel.Warning => HadolintSeverity.Warning, _ => HadolintSeverity.Info };
        if (threshold is null)
        {
            return severity.ToLevel();
        }
        if (threshold == HadolintSeverity.Ignore)
        {
            return severity >= HadolintSeverity.Warning ? DiagnosticLevel.Warning : DiagnosticLevel.Note;
        }
        return severity >= threshold ? DiagnosticLevel.Error : severity >= HadolintSeverity.Warning ? DiagnosticLevel.Warning : DiagnosticLevel.Note;
    }

    private static Finding Error(string code, string message, SourceLocation location) => new()
    {
        Code = code,
        Level = DiagnosticLevel.Error,
        Message = message,
        Location = location,
        HelpLink = DiagnosticCodes.HelpLink(code),
    };
}
