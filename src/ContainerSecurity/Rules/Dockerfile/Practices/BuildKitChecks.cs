using System.Text.RegularExpressions;
using ContainerSecurity.Dockerfile;

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
