using System.Text.RegularExpressions;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Dockerfile.Hadolint;

/// <summary>DL3044: an ENV value that refers to a variable defined earlier in the same ENV sees the old (usually empty) value.</summary>
/// <remarks>As hadolint: a variable already defined by an earlier ARG or ENV is fine to refer to.</remarks>
public sealed class DL3044 : IDockerfileRule
{
    public RuleInfo Info { get; } = new("DL3044", DiagnosticLevel.Error, "Do not refer to an environment variable within the same `ENV` statement where it is defined.",
        "Split the ENV in two, e.g. ENV A=1 followed by ENV B=$A/x.") { Equivalent = "hadolint DL3044" };

    public IEnumerable<DockerfileHit> Check(DockerfileContext context)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var instruction in context.Instructions)
        {
            if (instruction.Is("ARG"))
            {
                defined.UnionWith(instruction.KeyValues.Select(kv => kv.Key));
            }
            else if (instruction.Is("ENV"))
            {
                var pairs = instruction.KeyValues;
                var offending = new List<string>();
                for (var i = 1; i < pairs.Count; i++)
                {
                    var value = pairs[i].RawValue ?? pairs[i].Value ?? "";
                    offending.AddRange(pairs.Take(i).Select(p => p.Key)
                        .Where(key => !defined.Contains(key) && References(value, key)));
                }
                if (offending.Count > 0)
                {
                    yield return new DockerfileHit(instruction, $"Do not refer to an environment variable within the same `ENV` statement where it is defined: {string.Join(", ", offending.Distinct())}. {Info.Fix}");
                }
                defined.UnionWith(pairs.Select(kv => kv.Key));
            }
        }
    }

    private static bool References(string value, string name) =>
        Regex.IsMatch(value, @"\$(" + Regex.Escape(name) + @"(?![A-Za-z0-9_])|\{" + Regex.Escape(name) + @"[}:])");
}
