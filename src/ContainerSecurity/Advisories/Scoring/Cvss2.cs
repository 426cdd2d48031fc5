namespace ContainerSecurity.Advisories.Scoring;

/// <summary>CVSS v2 base scores ("AV:N/AC:L/Au:N/C:P/I:P/A:P"), per section 3.2.1 of FIRST's v2 guide.</summary>
public static class Cvss2
{
    private static readonly string[] BaseMetrics = ["AV", "AC", "Au", "C", "I", "A"];

    private static readonly Dictionary<string, string[]> AllowedValues = new(StringComparer.Ordinal)
    {
        ["AV"] = ["L", "A", "N"],
        ["AC"] = ["H", "M", "L"],
        ["Au"] = ["M", "S", "N"],
        ["C"] = ["N", "P", "C"],
        ["I"] = ["N", "P", "C"],
        ["A"] = ["N", "P", "C"],
        ["E"] = ["U", "POC", "F", "H", "ND"],
        ["RL"] = ["OF", "TF", "W", "U", "ND"],
        ["RC"] = ["UC", "UR", "C", "ND"],
        ["CDP"] = ["N", "L", "LM", "MH", "H", "ND"],
        ["TD"] = ["N", "L", "M", "H", "ND"],
        ["CR"] = ["L", "M", "H", "ND"],
        ["IR"] = ["L", "M", "H", "ND"],
        ["AR"] = ["L", "M", "H", "ND"],
    };

    /// <summary>
    /// The base score of a v2 vector (bare, in parentheses, or with NVD's "CVSS:2.0/" prefix), or null when it is
    /// malformed. Temporal and environmental metrics are checked but do not change the base score.
    /// </summary>
    public static double? BaseScore(string vector)
    {
        var bare = vector.StartsWith('(') && vector.EndsWith(')') ? vector[1..^1] : vector;
        if (bare.StartsWith("CVSS:2.0/", StringComparison.Ordinal))
            bare = bare["CVSS:2.0/".Length..];
        var metrics = CvssVector.Parse(bare, "", AllowedValues);
        if (metrics is null || !CvssVector.HasAll(metrics, BaseMetrics))
            return null;

        var impact = 10.41 * (1 - (1 - Impact(metrics["C"])) * (1 - Impact(metrics["I"])) * (1 - Impact(metrics["A"])));
        var exploitability = 20 * AccessVector(metrics["AV"]) * AccessComplexity(metrics["AC"])
            * Authentication(metrics["Au"]);
        if (impact == 0)
            return 0.0;
        var score = (0.6 * impact + 0.4 * exploitability - 1.5) * 1.176;
        return Math.Round(score, 1, MidpointRounding.AwayFromZero);
    }

    private static double AccessVector(string value) => value switch
    {
        "L" => 0.395,
        "A" => 0.646,
        _ => 1.0,
    };

    private static double AccessComplexity(string value) => value switch
    {
        "H" => 0.35,
        "M" => 0.61,
        _ => 0.71,
    };

    private static double Authentication(string value) => value switch
    {
        "M" => 0.45,
        "S" => 0.56,
        _ => 0.704,
    };

    private static double Impact(string value) => value switch
    {
        "P" => 0.275,
        "C" => 0.660,
        _ => 0,
    };
}
