namespace ContainerSecurity.Advisories.Scoring;

/// <summary>CVSS v3.0 and v3.1 base scores, per FIRST's specification documents (section 7 of each).</summary>
public static class Cvss3
{
    private static readonly string[] BaseMetrics = ["AV", "AC", "PR", "UI", "S", "C", "I", "A"];

    private static readonly Dictionary<string, string[]> AllowedValues = new(StringComparer.Ordinal)
    {
        ["AV"] = ["N", "A", "L", "P"],
        ["AC"] = ["L", "H"],
        ["PR"] = ["N", "L", "H"],
        ["UI"] = ["N", "R"],
        ["S"] = ["U", "C"],
        ["C"] = ["H", "L", "N"],
        ["I"] = ["H", "L", "N"],
        ["A"] = ["H", "L", "N"],
        ["E"] = ["X", "U", "P", "F", "H"],
        ["RL"] = ["X", "O", "T", "W", "U"],
        ["RC"] = ["X", "U", "R", "C"],
        ["CR"] = ["X", "L", "M", "H"],
        ["IR"] = ["X", "L", "M", "H"],
        ["AR"] = ["X", "L", "M", "H"],
        ["MAV"] = ["X", "N", "A", "L", "P"],
        ["MAC"] = ["X", "L", "H"],
        ["MPR"] = ["X", "N", "L", "H"],
        ["MUI"] = ["X", "N", "R"],
        ["MS"] = ["X", "U", "C"],
        ["MC"] = ["X", "H", "L", "N"],
        ["MI"] = ["X", "H", "L", "N"],
        ["MA"] = ["X", "H", "L", "N"],
    };

    /// <summary>
    /// The base score of a "CVSS:3.0/..." or "CVSS:3.1/..." vector, or null when the vector is malformed: another
    /// version, a missing base metric, an unknown metric or value, a repeated metric. Temporal and environmental
    /// metrics are checked but do not change the base score.
    /// </summary>
    public static double? BaseScore(string vector)
    {
        var prefix = vector.StartsWith("CVSS:3.1/", StringComparison.Ordinal) ? "CVSS:3.1/" : "CVSS:3.0/";
        var metrics = CvssVector.Parse(vector, prefix, AllowedValues);
        if (metrics is null || !CvssVector.HasAll(metrics, BaseMetrics))
            return null;

        var scopeChanged = metrics["S"] == "C";
        var impactSubScore = 1 - (1 - Impact(metrics["C"])) * (1 - Impact(metrics["I"])) * (1 - Impact(metrics["A"]));
        var impact = scopeChanged
            ? 7.52 * (impactSubScore - 0.029) - 3.25 * Math.Pow(impactSubScore - 0.02, 15)
            : 6.42 * impactSubScore;
        var exploitability = 8.22 * AttackVector(metrics["AV"]) * AttackComplexity(metrics["AC"])
            * PrivilegesRequired(metrics["PR"], scopeChanged) * UserInteraction(metrics["UI"]);

        if (impact <= 0)
            return 0.0;
        var sum = scopeChanged ? 1.08 * (impact + exploitability) : impact + exploitability;
        return Roundup(Math.Min(sum, 10));
    }

    /// <summary>
    /// v3.1's Roundup, on an integer so that, say, 4.000000000000001 from floating point stays 4.0. v3.0 meant the same
    /// ceiling and computed it on the double; the two agree on every one of the 2,592 base vectors, so both versions
    /// use this one (they differ only in environmental scores, which are not computed here).
    /// </summary>
    private static double Roundup(double value)
    {
        var scaled = (long)Math.Round(value * 100000, MidpointRounding.AwayFromZero);
        return scaled % 10000 == 0 ? scaled / 100000.0 : (Math.Floor(scaled / 10000.0) + 1) / 10.0;
    }

    private static double AttackVector(string value) => value switch
    {
        "N" => 0.85,
        "A" => 0.62,
        "L" => 0.55,
        _ => 0.2,
    };

    private static double AttackComplexity(string value) => value == "L" ? 0.77 : 0.44;

    private static double PrivilegesRequired(string value, bool scopeChanged) => value switch
    {
        "N" => 0.85,
        "L" => scopeChanged ? 0.68 : 0.62,
        _ => scopeChanged ? 0.5 : 0.27,
    };

    private static double UserInteraction(string value) => value == "N" ? 0.85 : 0.62;

    private static double Impact(string value) => value switch
    {
        "H" => 0.56,
        "L" => 0.22,
        _ => 0,
    };
}
