namespace ContainerSecurity.Tests.Advisories;

/// <summary>
/// NuGet versions: one to four numeric parts (leading zeros, int overflow), dot-separated prerelease labels
/// in mixed case, build metadata.
/// </summary>
internal sealed class NuGetVersionGenerator(int seed) : GrammarVersionGenerator<NuGetVersionGenerator.Parts>(seed)
{
    internal sealed record Parts(string[] Numbers, string[] Labels);

    private static readonly string[] Numbers = ["0", "00", "1", "01", "2", "9", "10", "2024", "2147483647"];
    private static readonly string[] Labels = ["alpha", "beta", "rc", "preview", "a", "b", "1", "2", "10", "01", "x-y", "-", "0a", "21377"];
    private static readonly string[] MetadataParts = ["build", "1", "001", "sha", "5114f85", "a-b"];

    protected override string Oddities => ".-+_ a0Z\u0663";

    protected override Parts NewVersion() => new(
        [.. Enumerable.Range(0, Random.Next(1, 5)).Select(_ => OneIn(50) ? "2147483648" : Pick(Numbers))],
        OneIn(2) ? [] : [.. Enumerable.Range(0, Random.Next(1, 4)).Select(_ => Pick(Labels))]);

    protected override Parts Change(Parts version)
    {
        var numbers = version.Numbers;
        var labels = version.Labels;
        return Random.Next(5) switch
        {
            0 => version with { Numbers = [.. numbers[..^1], Pick(Numbers)] },
            1 => version with { Numbers = numbers.Length < 4 ? [.. numbers, Pick("0", "0", "1")] : numbers[..^1] },
            2 => version with { Labels = [.. labels, Pick(Labels)] },
            3 => version with { Labels = labels.Length > 0 ? labels[..^1] : [Pick(Labels)] },
            _ => version with { Labels = labels.Length > 0 ? [.. labels[..^1], Pick(Labels)] : [] },
        };
    }

    // Labels compare ignoring case and metadata not at all, so each spelling gets its own case and metadata.
    protected override string Spell(Parts version)
    {
        var text = string.Join('.', version.Numbers);
        if (version.Labels.Length > 0)
            text += "-" + string.Join('.', version.Labels.Select(MixCase));
        if (OneIn(3))
            text += "+" + string.Join('.', Enumerable.Range(0, Random.Next(1, 3)).Select(_ => Pick(MetadataParts)));
        return text;
    }

    private string MixCase(string label) => Random.Next(3) switch
    {
        0 => label.ToUpperInvariant(),
        1 => string.Concat(label.Select(c => OneIn(2) ? char.ToUpperInvariant(c) : c)),
        _ => label,
    };
}
