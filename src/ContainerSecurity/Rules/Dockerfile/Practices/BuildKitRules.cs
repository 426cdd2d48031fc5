using System.Text.RegularExpressions;
using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>Shared by the BuildKit `docker build --check` equivalents.</summary>
internal static partial class BuildKitChecks
{
    /// <summary>ARGs BuildKit defines for every FROM without a declaration.</summary>
    public static readonly HashSet<string> BuiltInArgs = new(StringComparer.Ordinal)
    {
        "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT",
        "TARGETSTAGE", "BUILDKIT_SYNTAX",
    };

    [GeneratedRegex(@"\$(?:\{(?<name>[A-Za-z_][A-Za-z0-9_]*)|(?<name>[A-Za-z_][A-Za-z0-9_]*))")]
    private static partial Regex VariablePattern();

    public static IEnumerable<string> Variables(string text) =>
        VariablePattern().Matches(text).Select(m => m.Groups["name"].Value).Distinct();

    /// <summary>The FROM's words as written: image, and when present the AS keyword and the stage name.</summary>
    public static (string? As, string? Name) AsClause(Instruction from) =>
        from.Words.Count == 3 && from.Words[1].Equals("as", StringComparison.OrdinalIgnoreCase) ? (from.Words[1], from.Words[2]) : (null, null);

    public static bool IsUpper(string word) => word.Any(char.IsLetter) && word.Where(char.IsLetter).All(char.IsUpper);

    public static bool IsLower(string word) => word.Any(char.IsLetter) && word.Where(char.IsLetter).All(char.IsLower);
}

/// <summary>CSEC1110: a stage name with capitals — BuildKit lower-cases it, so `COPY --from=Build` and `FROM Build` read differently from what runs.</summary>
public sealed class CSEC1110 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1110", DiagnosticLevel.Warning, "Stage names should be lowercase",
        "Write the stage name in lower case, e.g. FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build.")
    { Equivalent = "BuildKit StageNameCasing" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            if (BuildKitChecks.AsClause(stage.From).Name is { } name && name != name.ToLowerInvariant())
                yield return new DockerfileHit(stage.From, $"Stage name '{name}' should be lowercase. {Info.Fix}");
        }
    }
}

/// <summary>CSEC1111: `FROM x as y` / `from x AS y` — the AS keyword's case should match FROM's.</summary>
public sealed class CSEC1111 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1111", DiagnosticLevel.Warning, "The 'as' keyword should match the case of the 'from' keyword",
        "Write FROM ... AS name, or from ... as name.")
    { Equivalent = "BuildKit FromAsCasing" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            var from = PracticeHelpers.WrittenKeyword(stage.From);
            if (BuildKitChecks.AsClause(stage.From).As is not { } keyword)
                continue;
            if (BuildKitChecks.IsUpper(from) && !BuildKitChecks.IsUpper(keyword) || BuildKitChecks.IsLower(from) && !BuildKitChecks.IsLower(keyword))
                yield return new DockerfileHit(stage.From, $"'{keyword}' and '{from}' keywords' casing do not match. {Info.Fix}");
        }
    }
}

/// <summary>CSEC1112: a stage named `scratch` or `context`, names BuildKit reserves.</summary>
public sealed class CSEC1112 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1112", DiagnosticLevel.Warning, "Reserved words should not be used as stage names",
        "Rename the stage: 'scratch' and 'context' mean the empty image and the build context.")
    { Equivalent = "BuildKit ReservedStageName" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            if (stage.Name is "scratch" or "context")
                yield return new DockerfileHit(stage.From, $"'{stage.Name}' is reserved and should not be used as a stage name. {Info.Fix}");
        }
    }
}

/// <summary>CSEC1113: instruction keywords in mixed case (`Run`), or against the case most of the file uses.</summary>
public sealed class CSEC1113 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1113", DiagnosticLevel.Warning, "Instructions should be in consistent casing",
        "Write every instruction keyword in the same case, upper case by convention (RUN, COPY, FROM).")
    { Equivalent = "BuildKit ConsistentInstructionCasing" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        var written = context.Instructions.Select(i => (Instruction: i, Keyword: PracticeHelpers.WrittenKeyword(i))).ToList();
        var lower = written.Count(w => BuildKitChecks.IsLower(w.Keyword));
        var upper = written.Count(w => BuildKitChecks.IsUpper(w.Keyword));
        var majorityUpper = upper >= lower;
        foreach (var (instruction, keyword) in written)
        {
            if (!BuildKitChecks.IsUpper(keyword) && !BuildKitChecks.IsLower(keyword))
                yield return new DockerfileHit(instruction, $"Command '{keyword}' should be consistently cased. {Info.Fix}");
            else if (majorityUpper ? BuildKitChecks.IsLower(keyword) : BuildKitChecks.IsUpper(keyword))
                yield return new DockerfileHit(instruction, $"Command '{keyword}' should match the case of the command majority ({(majorityUpper ? "uppercase" : "lowercase")}). {Info.Fix}");
        }
    }
}

/// <summary>CSEC1114: `ENV key value` / `LABEL key value`, the legacy form that cannot hold several pairs and reads ambiguously.</summary>
public sealed class CSEC1114 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1114", DiagnosticLevel.Warning, "Legacy key/value format with whitespace separator should not be used",
        "Write ENV key=value (quote values with spaces), e.g. ENV APP_HOME=\"/app\".")
    { Equivalent = "BuildKit LegacyKeyValueFormat" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var instruction in context.Instructions.Where(i => i.Is("ENV") || i.Is("LABEL")))
        {
            if (instruction.KeyValues.Any(p => p.IsLegacyForm))
                yield return new DockerfileHit(instruction, $"\"{instruction.Keyword} key=value\" should be used instead of legacy \"{instruction.Keyword} key value\" format. {Info.Fix}");
        }
    }
}

/// <summary>CSEC1115: FROM uses a variable no meta ARG (ARG before the first FROM) declares, so it expands to nothing.</summary>
public sealed class CSEC1115 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1115", DiagnosticLevel.Warning, "FROM command must use declared ARGs",
        "Declare the variable with an ARG before the first FROM (with a default), e.g. ARG TAG=10.0.")
    { Equivalent = "BuildKit UndefinedArgInFrom" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        var declared = context.Document.MetaArgs.SelectMany(a => a.KeyValues).Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var stage in context.Document.Stages)
        {
            var text = stage.BaseImage + " " + stage.Platform;
            foreach (var name in BuildKitChecks.Variables(text).Where(n => !declared.Contains(n) && !BuildKitChecks.BuiltInArgs.Contains(n)))
                yield return new DockerfileHit(stage.From, $"FROM argument '{name}' is not declared. {Info.Fix}");
        }
    }
}

/// <summary>CSEC1116: with the meta ARGs' defaults, the FROM image is not a valid reference (e.g. `ARG TAG` without default and `FROM alpine:${TAG}`).</summary>
public sealed partial class CSEC1116 : IDockerfileRule
{
    [GeneratedRegex(@"^(?:(?<registry>[a-zA-Z0-9.-]+(?::[0-9]+)?)/)?(?<path>[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*)(?::(?<tag>[\w][\w.-]{0,127}))?(?:@(?<digest>[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}))?$")]
    private static partial Regex Reference();

    public RuleInfo Info { get; } = new("CSEC1116", DiagnosticLevel.Warning, "Default value for global ARG results in an empty or invalid base image name",
        "Give the meta ARG a default that makes a valid image name, e.g. ARG TAG=10.0 before FROM mcr.microsoft.com/dotnet/aspnet:${TAG}.")
    { Equivalent = "BuildKit InvalidDefaultArgInFrom" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        var scopes = VariableScopes.Compute(context.Document);
        foreach (var stage in context.Document.Stages)
        {
            if (!stage.BaseImage.Contains('$'))
                continue;
            var expanded = scopes.Stages[stage.Index].BaseImage.Trim();
            if (expanded.Equals("scratch", StringComparison.OrdinalIgnoreCase) || PracticeHelpers.FromStage(context.Document, stage) && expanded.Length > 0)
                continue;
            if (expanded.Length == 0 || !Reference().IsMatch(expanded))
                yield return new DockerfileHit(stage.From, $"Default value for ARG {stage.BaseImage} results in {(expanded.Length == 0 ? "an empty" : $"an invalid ('{expanded}')")} base image name. {Info.Fix}");
        }
    }
}

/// <summary>CSEC1117: `FROM --platform=linux/amd64` pins a constant platform, which breaks multi-platform builds; use $BUILDPLATFORM/$TARGETPLATFORM.</summary>
public sealed class CSEC1117 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1117", DiagnosticLevel.Warning, "FROM --platform flag should not use a constant value",
        "Use FROM --platform=$BUILDPLATFORM for build stages (cross-compile) or leave the flag out and pass --platform to docker build.")
    { Equivalent = "BuildKit FromPlatformFlagConstDisallowed" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var stage in context.Document.Stages)
        {
            if (stage.Platform is not { } platform || platform.Contains('$'))
                continue;
            var parts = platform.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (stage.Name is { } name && parts.Any(p => name.Contains(p, StringComparison.OrdinalIgnoreCase)))
                continue; // a stage named for its platform (build-amd64) is a deliberate per-platform stage, as BuildKit allows
            yield return new DockerfileHit(stage.From, $"FROM --platform flag should not use constant value \"{platform}\". {Info.Fix}");
        }
    }
}

/// <summary>CSEC1118: `EXPOSE 80/TCP` — protocols are lower case.</summary>
public sealed class CSEC1118 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1118", DiagnosticLevel.Warning, "Protocol in EXPOSE instruction should be lowercase",
        "Write the protocol in lower case, e.g. EXPOSE 8080/tcp.")
    { Equivalent = "BuildKit ExposeProtoCasing" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var expose in context.All("EXPOSE"))
        {
            foreach (var spec in expose.Words.Where(w => w.Contains('/') && !w.Contains('$')))
            {
                var proto = spec[(spec.IndexOf('/') + 1)..];
                if (proto != proto.ToLowerInvariant())
                    yield return new DockerfileHit(expose, $"Defined protocol '{spec}' in EXPOSE instruction should be lowercase. {Info.Fix}");
            }
        }
    }
}

/// <summary>CSEC1119: `EXPOSE 0.0.0.0:80:80` or `EXPOSE 8080:80` — an image cannot publish host ports or bind addresses; only the container port counts.</summary>
public sealed class CSEC1119 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1119", DiagnosticLevel.Warning, "IP address and host-port mapping should not be used in EXPOSE instruction",
        "EXPOSE only the container port (EXPOSE 80); publish and map it at run time (docker run -p 8080:80).")
    { Equivalent = "BuildKit ExposeInvalidFormat" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var expose in context.All("EXPOSE"))
        {
            foreach (var spec in expose.Words.Where(w => w.Contains(':') && !w.StartsWith('$')))
                yield return new DockerfileHit(expose, $"EXPOSE '{spec}' should not define an IP address or host-port mapping, found ':'. {Info.Fix}");
        }
    }
}

/// <summary>CSEC1120: what BuildKit's parser warns about (empty continuation lines, which a future release rejects).</summary>
public sealed class CSEC1120 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("CSEC1120", DiagnosticLevel.Warning, "Empty continuation lines will become errors in a future release",
        "Remove the blank line inside the continued instruction, or end the instruction before it.")
    { Equivalent = "BuildKit NoEmptyContinuation" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        foreach (var warning in context.Document.Warnings.Where(w => w.Message.StartsWith("Empty continuation", StringComparison.Ordinal)))
        {
            var at = context.Instructions.LastOrDefault(i => i.StartLine <= warning.Line && i.EndLine >= warning.Line)
                ?? context.Instructions.LastOrDefault(i => i.StartLine <= warning.Line);
            yield return new DockerfileHit(at, $"Empty continuation line found at line {warning.Line}. {Info.Fix}");
        }
    }
}
