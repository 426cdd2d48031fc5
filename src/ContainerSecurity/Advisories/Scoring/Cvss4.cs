namespace ContainerSecurity.Advisories.Scoring;

/// <summary>
/// CVSS v4.0 scores of a vector as written, per FIRST's specification section 8 and its reference calculator: CVSS-B
/// for base metrics alone, CVSS-BT/BE/BTE when the vector also carries exploit maturity (E), security requirements
/// (CR/IR/AR) or modified base metrics (MAV..MSA). The macro vector's expert score, lowered by how far the vector sits
/// below the macro vector's most severe member. Supplemental metrics (S, AU, R, V, RE, U) never change the score.
/// </summary>
public static class Cvss4
{
    private static readonly string[] BaseMetrics = ["AV", "AC", "AT", "PR", "UI", "VC", "VI", "VA", "SC", "SI", "SA"];
    private static readonly string[] SecurityRequirements = ["CR", "IR", "AR"];
    private const double RoundingEpsilon = 1e-6;
    private static readonly string[] ImpactMetrics = ["VC", "VI", "VA", "SC", "SI", "SA"];

    private static readonly string[] NotDefinedHighMediumLow = ["X", "H", "M", "L"];
    private static readonly string[] ModifiedImpact = ["X", "H", "L", "N"];
    private static readonly string[] ModifiedSubsequentImpact = ["X", "S", "H", "L", "N"];

    private static readonly Dictionary<string, string[]> AllowedValues = new(StringComparer.Ordinal)
    {
        ["AV"] = ["N", "A", "L", "P"],
        ["AC"] = ["L", "H"],
        ["AT"] = ["N", "P"],
        ["PR"] = ["N", "L", "H"],
        ["UI"] = ["N", "P", "A"],
        ["VC"] = ["H", "L", "N"],
        ["VI"] = ["H", "L", "N"],
        ["VA"] = ["H", "L", "N"],
        ["SC"] = ["H", "L", "N"],
        ["SI"] = ["H", "L", "N"],
        ["SA"] = ["H", "L", "N"],
        ["E"] = ["X", "A", "P", "U"],
        ["CR"] = NotDefinedHighMediumLow,
        ["IR"] = NotDefinedHighMediumLow,
        ["AR"] = NotDefinedHighMediumLow,
        ["MAV"] = ["X", "N", "A", "L", "P"],
        ["MAC"] = ["X", "L", "H"],
        ["MAT"] = ["X", "N", "P"],
        ["MPR"] = ["X", "N", "L", "H"],
        ["MUI"] = ["X", "N", "P", "A"],
        ["MVC"] = ModifiedImpact,
        ["MVI"] = ModifiedImpact,
        ["MVA"] = ModifiedImpact,
        ["MSC"] = ModifiedImpact,
        ["MSI"] = ModifiedSubsequentImpact,
        ["MSA"] = ModifiedSubsequentImpact,
        ["S"] = ["X", "N", "P"],
        ["AU"] = ["X", "N", "Y"],
        ["R"] = ["X", "A", "U", "I"],
        ["V"] = ["X", "D", "C"],
        ["RE"] = ["X", "L", "M", "H"],
        ["U"] = ["X", "Clear", "Green", "Amber", "Red"],
    };

    /// <summary>Each metric value's distance, in 0.1 steps, from the metric's most severe value.</summary>
    private static readonly Dictionary<string, Dictionary<string, double>> SeverityLevels = new(StringComparer.Ordinal)
    {
        ["AV"] = new() { ["N"] = 0.0, ["A"] = 0.1, ["L"] = 0.2, ["P"] = 0.3 },
        ["PR"] = new() { ["N"] = 0.0, ["L"] = 0.1, ["H"] = 0.2 },
        ["UI"] = new() { ["N"] = 0.0, ["P"] = 0.1, ["A"] = 0.2 },
        ["AC"] = new() { ["L"] = 0.0, ["H"] = 0.1 },
        ["AT"] = new() { ["N"] = 0.0, ["P"] = 0.1 },
        ["VC"] = new() { ["H"] = 0.0, ["L"] = 0.1, ["N"] = 0.2 },
        ["VI"] = new() { ["H"] = 0.0, ["L"] = 0.1, ["N"] = 0.2 },
        ["VA"] = new() { ["H"] = 0.0, ["L"] = 0.1, ["N"] = 0.2 },
        ["SC"] = new() { ["H"] = 0.1, ["L"] = 0.2, ["N"] = 0.3 },
        ["SI"] = new() { ["S"] = 0.0, ["H"] = 0.1, ["L"] = 0.2, ["N"] = 0.3 },
        ["SA"] = new() { ["S"] = 0.0, ["H"] = 0.1, ["L"] = 0.2, ["N"] = 0.3 },
        ["CR"] = new() { ["H"] = 0.0, ["M"] = 0.1, ["L"] = 0.2 },
        ["IR"] = new() { ["H"] = 0.0, ["M"] = 0.1, ["L"] = 0.2 },
        ["AR"] = new() { ["H"] = 0.0, ["M"] = 0.1, ["L"] = 0.2 },
    };

    /// <summary>
    /// The score of a "CVSS:4.0/..." vector as written (CVSS-B, -BT, -BE or -BTE), or null when it is malformed: another
    /// version, a missing base metric, an unknown metric or value, a repeated metric.
    /// </summary>
    public static double? Score(string vector)
    {
        var parsed = CvssVector.Parse(vector, "CVSS:4.0/", AllowedValues);
        if (parsed is null || !CvssVector.HasAll(parsed, BaseMetrics))
            return null;

        var metrics = Effective(parsed);
        if (ImpactMetrics.All(name => metrics[name] == "N"))
            return 0.0;
        // Half away from zero after adding 1e-6, as the reference calculators do, so that 8.6 - 7.15 = 1.4499999999999993 rounds to 1.5.
        return Math.Round(Interpolate(metrics) + RoundingEpsilon, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// The values the equations use (the reference calculator's m()): a modified base metric other than X replaces the
    /// base metric; E not defined counts as Attacked (A) and CR/IR/AR not defined as High, the worst case.
    /// </summary>
    private static Dictionary<string, string> Effective(Dictionary<string, string> parsed)
    {
        var metrics = BaseMetrics.ToDictionary(
            name => name,
            name => parsed.TryGetValue("M" + name, out var modified) && modified != "X" ? modified : parsed[name],
            StringComparer.Ordinal);
        metrics["E"] = parsed.GetValueOrDefault("E", "X") is "X" ? "A" : parsed["E"];
        foreach (var name in SecurityRequirements)
            metrics[name] = parsed.GetValueOrDefault(name, "X") is "X" ? "H" : parsed[name];
        return metrics;
    }

    private static double Interpolate(Dictionary<string, string> metrics)
    {
        int[] macro = MacroVector(metrics);
        var (eq1, eq2, eq3, eq4, eq5, eq6) = (macro[0], macro[1], macro[2], macro[3], macro[4], macro[5]);
        var value = Cvss4MacroVectors.Scores[Key(macro)];

        var lowerEq1 = ScoreOf(eq1 + 1, eq2, eq3, eq4, eq5, eq6);
        var lowerEq2 = ScoreOf(eq1, eq2 + 1, eq3, eq4, eq5, eq6);
        var lowerEq3Eq6 = (eq3, eq6) switch
        {
            (0, 0) => Math.Max(ScoreOf(eq1, eq2, eq3, eq4, eq5, eq6 + 1), ScoreOf(eq1, eq2, eq3 + 1, eq4, eq5, eq6)),
            (1, 0) => ScoreOf(eq1, eq2, eq3, eq4, eq5, eq6 + 1),
            (0, 1) or (1, 1) => ScoreOf(eq1, eq2, eq3 + 1, eq4, eq5, eq6),
            _ => ScoreOf(eq1, eq2, eq3 + 1, eq4, eq5, eq6 + 1),
        };
        var lowerEq4 = ScoreOf(eq1, eq2, eq3, eq4 + 1, eq5, eq6);
        var lowerEq5 = ScoreOf(eq1, eq2, eq3, eq4, eq5 + 1, eq6);

        var distance = DistanceFromMostSevere(metrics, macro);
        const double step = 0.1;
        var parts = new[]
        {
            Part(value - lowerEq1, distance["AV"] + distance["PR"] + distance["UI"], Cvss4MacroVectors.Eq1Depth[eq1] * step),
            Part(value - lowerEq2, distance["AC"] + distance["AT"], Cvss4MacroVectors.Eq2Depth[eq2] * step),
            Part(value - lowerEq3Eq6,
                distance["VC"] + distance["VI"] + distance["VA"] + distance["CR"] + distance["IR"] + distance["AR"],
                Cvss4MacroVectors.Eq3Eq6Depth[eq3][eq6] * step),
            Part(value - lowerEq4, distance["SC"] + distance["SI"] + distance["SA"], Cvss4MacroVectors.Eq4Depth[eq4] * step),
            // EQ5's members are all equally severe, so it only counts towards the number of lower macro vectors.
            Part(value - lowerEq5, 0, 1),
        };

        // A macro vector with no lower neighbour along an equivalence (NaN) leaves that equivalence out of the mean.
        var existing = parts.Where(part => part is not null).Select(part => part!.Value).ToList();
        var meanDistance = existing.Count == 0 ? 0 : existing.Sum() / existing.Count;
        return Math.Clamp(value - meanDistance, 0.0, 10.0);
    }

    private static double? Part(double availableDistance, double currentDistance, double maxDistance) =>
        availableDistance >= 0 ? availableDistance * (currentDistance / maxDistance) : null;

    private static double ScoreOf(params int[] macro) =>
        Cvss4MacroVectors.Scores.TryGetValue(Key(macro), out var score) ? score : double.NaN;

    private static string Key(int[] macro) => string.Concat(macro);

    private static int[] MacroVector(Dictionary<string, string> m)
    {
        var av = m["AV"];
        var pr = m["PR"];
        var ui = m["UI"];
        var eq1 = av == "N" && pr == "N" && ui == "N" ? 0
            : (av == "N" || pr == "N" || ui == "N") && av != "P" ? 1
            : 2;
        var eq2 = m["AC"] == "L" && m["AT"] == "N" ? 0 : 1;
        var eq3 = m["VC"] == "H" && m["VI"] == "H" ? 0
            : m["VC"] == "H" || m["VI"] == "H" || m["VA"] == "H" ? 1
            : 2;
        var eq4 = m["SI"] == "S" || m["SA"] == "S" ? 0
            : m["SC"] == "H" || m["SI"] == "H" || m["SA"] == "H" ? 1
            : 2;
        var eq5 = m["E"] switch { "A" => 0, "P" => 1, _ => 2 };
        var eq6 = (m["CR"] == "H" && m["VC"] == "H") || (m["IR"] == "H" && m["VI"] == "H")
            || (m["AR"] == "H" && m["VA"] == "H") ? 0 : 1;
        return [eq1, eq2, eq3, eq4, eq5, eq6];
    }

    /// <summary>
    /// Each metric's severity distance from the first of the macro vector's most severe vectors that is at least as
    /// severe in every metric (the reference calculator keeps the last candidate when none is).
    /// </summary>
    private static Dictionary<string, double> DistanceFromMostSevere(Dictionary<string, string> metrics, int[] macro)
    {
        Dictionary<string, double> distance = [];
        foreach (var candidate in MostSevereVectors(macro))
        {
            distance = SeverityLevels.Keys.ToDictionary(
                name => name,
                name => SeverityLevels[name][metrics[name]] - SeverityLevels[name][candidate[name]],
                StringComparer.Ordinal);
            if (distance.Values.All(d => d >= 0))
                break;
        }
        return distance;
    }

    private static IEnumerable<Dictionary<string, string>> MostSevereVectors(int[] macro) =>
        from eq1 in Cvss4MacroVectors.Eq1Maxes[macro[0]]
        from eq2 in Cvss4MacroVectors.Eq2Maxes[macro[1]]
        from eq3Eq6 in Cvss4MacroVectors.Eq3Eq6Maxes[macro[2]][macro[5]]
        from eq4 in Cvss4MacroVectors.Eq4Maxes[macro[3]]
        from eq5 in Cvss4MacroVectors.Eq5Maxes[macro[4]]
        select string.Join('/', eq1, eq2, eq3Eq6, eq4, eq5)
            .Split('/')
            .Select(field => field.Split(':'))
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
}
