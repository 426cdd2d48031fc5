using System.Diagnostics;
using System.Text.Json;
using ContainerSecurity.Advisories.Versions;

namespace ContainerSecurity.Tests.Advisories;

/// <summary>What an ecosystem's real tool says of one pair: whether it accepts each version, and their order when it accepts both.</summary>
internal sealed record ToolVerdict(bool ValidA, bool ValidB, int? Order)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Runs the tool once for all pairs, a JSON array of [a, b] on its standard input, and reads back a JSON array
    /// of {validA, validB, order}: one process for thousands of pairs, as starting one is what costs.
    /// </summary>
    public static List<ToolVerdict> Ask(string fileName, IEnumerable<string> arguments, IReadOnlyList<(string A, string B)> pairs)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(JsonSerializer.Serialize(pairs.Select(p => new[] { p.A, p.B })));
        process.StandardInput.Close();
        process.WaitForExit();
        Assert.AreEqual(0, process.ExitCode, errors.Result);
        Assert.AreEqual(string.Empty, errors.Result);
        return JsonSerializer.Deserialize<List<ToolVerdict>>(output.Result, Json)!;
    }

    /// <summary>Fails with the first disagreements when <paramref name="comparer"/> validates or orders any pair unlike the tool.</summary>
    public static void AssertAgreement(
        IVersionComparer comparer, IReadOnlyList<(string A, string B)> pairs, IReadOnlyList<ToolVerdict> verdicts, string tool, int minimumOrdered)
    {
        Assert.HasCount(pairs.Count, verdicts);
        var disagreements = new List<string>();
        var ordered = 0;
        foreach (var ((a, b), verdict) in pairs.Zip(verdicts))
        {
            var validA = comparer.IsValid(a);
            var validB = comparer.IsValid(b);
            if (validA != verdict.ValidA)
                disagreements.Add($"{Quote(a)}: {tool} says valid = {verdict.ValidA}");
            if (validB != verdict.ValidB)
                disagreements.Add($"{Quote(b)}: {tool} says valid = {verdict.ValidB}");
            if (verdict.Order is not { } order || !validA || !validB)
                continue;
            ordered++;
            if (Math.Sign(comparer.Compare(a, b)) != order)
                disagreements.Add($"{Quote(a)} vs {Quote(b)}: {tool} says {order}");
        }
        Assert.IsGreaterThan(minimumOrdered, ordered, $"too few pairs that {tool} could order");
        Assert.IsEmpty(disagreements, string.Join("\n", disagreements.Distinct().Take(20)));
    }

    private static string Quote(string version) => JsonSerializer.Serialize(version);
}
