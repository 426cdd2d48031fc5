using System.Text.RegularExpressions;
using ContainerSecurity.Dockerfile;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Practices;

/// <summary>
/// CSEC1121: an instruction BuildKit expands (COPY, ENV, WORKDIR, USER...) uses a variable no ARG or ENV defines, so it
/// expands to nothing. The base image's environment is not known here, so in a stage built from an image a variable
/// is reported only when it looks like a typo of one that is defined (APP_HOEM for APP_HOME); FROM scratch, every one.
/// </summary>
public sealed partial class CSEC1121 : IDockerfileRule
{
    private static readonly string[] Expanded = ["ADD", "COPY", "ENV", "EXPOSE", "LABEL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR", "ARG"];
    private static readonly HashSet<string> Always = new(StringComparer.Ordinal) { "PATH", "HOME", "HOSTNAME", "TERM" };

    [GeneratedRegex(@"\$(?:\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?<mod>[^}]*)\}|(?<name>[A-Za-z_][A-Za-z0-9_]*))")]
    private static partial Regex Variable();

    public RuleInfo Info { get; } = new("CSEC1121", DiagnosticLevel.Warning, "Variables should be defined before their use",
        "Define the variable with ARG or ENV before the instruction, or correct its name.")
    { Equivalent = "BuildKit UndefinedVar" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        var scopes = VariableScopes.Compute(context.Document);
        var escape = context.Document.EscapeChar;
        foreach (var stage in context.Document.Stages)
        {
            var root = PracticeHelpers.Ancestry(context.Document, stage)[0];
            var fromScratch = root.BaseImage.Trim().Equals("scratch", StringComparison.OrdinalIgnoreCase);
            foreach (var instruction in stage.Instructions.Where(i => Expanded.Any(i.Is)))
            {
                var scope = scopes.At(instruction);
                var reported = new HashSet<string>(StringComparer.Ordinal);
                foreach (Match m in Variable().Matches(Text(instruction)))
                {
                    var name = m.Groups["name"].Value;
                    if (m.Index > 0 && Text(instruction)[m.Index - 1] == escape || m.Groups["mod"].Value.Length > 0
                        || scope.ContainsKey(name) || Always.Contains(name) || BuildKitChecks.BuiltInArgs.Contains(name) || !reported.Add(name))
                    {
                        continue;
                    }

                    var similar = scope.Keys.Where(k => Close(k, name)).OrderBy(k => EditDistance.Between(k, name)).FirstOrDefault();
                    if (similar is null && !fromScratch)
                        continue;
                    yield return new DockerfileHit(instruction, $"Usage of undefined variable '${name}'{(similar is null ? "" : $" (did you mean ${similar}?)")}. {Info.Fix}");
                }
            }
        }
    }

    private static string Text(Instruction instruction) => instruction.Is("ARG") || instruction.Is("ENV") || instruction.Is("LABEL")
        ? string.Join(" ", instruction.KeyValues.Select(p => p.RawValue ?? ""))
        : instruction.Arguments;

    private static bool Close(string defined, string used) =>
        defined.Equals(used, StringComparison.OrdinalIgnoreCase) || Math.Min(defined.Length, used.Length) >= 4 && EditDistance.Between(defined, used) <= (used.Length >= 8 ? 2 : 1);
}
