using System.Globalization;

namespace ContainerSecurity.Policy;

/// <summary>
/// ContainerSecurityAnalysisLevel: the package release ("major.minor") whose rule set the project has accepted, or
/// <c>latest</c>. Like .NET's AnalysisLevel, it lets a package update bring new rules without failing a build that passed.
/// </summary>
public readonly record struct AnalysisLevel(int Major, int Minor) : IComparable<AnalysisLevel>
{
    public const string PropertyName = "ContainerSecurityAnalysisLevel";

    /// <summary>The rule set of the first release: every rule that existed before analysis levels did.</summary>
    public static AnalysisLevel Baseline { get; } = new(0, 1);

    public static AnalysisLevel Latest { get; } = new(int.MaxValue, int.MaxValue);

    public const string AcceptedValues = "'latest', or a release such as '0.1', '0.2' or '0.2.0' (empty means the baseline 0.1)";

    /// <summary>Empty means the baseline; 'latest' every rule at its current default; else major.minor with an optional patch.</summary>
    public static bool TryParse(string? text, out AnalysisLevel level)
    {
        level = Baseline;
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return true;
        }
        if (trimmed.Equals("latest", StringComparison.OrdinalIgnoreCase))
        {
            level = Latest;
            return true;
        }
        var parts = trimmed.Split('.');
        if (parts.Length is < 2 or > 3 || !parts.All(IsNumber))
        {
            return false;
        }
        level = new AnalysisLevel(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>For levels the code declares (RuleInfo.Since): a malformed one is a bug, not a user error.</summary>
    public static AnalysisLevel Parse(string text) =>
        TryParse(text, out var level) ? level : throw new FormatException($"'{text}' is not an analysis level.");

    public bool IsBefore(AnalysisLevel other) => CompareTo(other) < 0;

    public int CompareTo(AnalysisLevel other) => (Major, Minor).CompareTo((other.Major, other.Minor));

    public override string ToString() => this == Latest ? "latest" : $"{Major}.{Minor}";

    private static bool IsNumber(string part) =>
        part.Length is > 0 and <= 6 && part.All(char.IsAsciiDigit);
}
