using System.Numerics;
using System.Text.RegularExpressions;

namespace ContainerSecurity.Tests.Advisories;

/// <summary>
/// SemVer 2.0 versions for comparing with node-semver. Surrounding whitespace is left out: node-semver trims it,
/// while Go's and Cargo's parsers, which share the comparer, reject it.
/// </summary>
internal sealed partial class SemVerVersionGenerator(int seed) : GrammarVersionGenerator<SemVerVersionGenerator.Parts>(seed)
{
    private static readonly BigInteger MaxSafeInteger = 9007199254740991;

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();

    /// <summary>
    /// Whether every number in <paramref name="version"/> is at most 2^53 - 1: node-semver rejects a larger
    /// major, minor or patch and compares larger prerelease numbers as inexact doubles.
    /// </summary>
    public static bool IsExactInJavaScript(string version) =>
        Digits().Matches(version).All(m => BigInteger.Parse(m.Value) <= MaxSafeInteger);

    internal sealed record Parts(string Major, string Minor, string Patch, string[] Prerelease);

    private static readonly string[] Numbers = ["0", "1", "2", "9", "10", "11", "99", "100", "2024", "9007199254740990", "9007199254740991"];
    private static readonly string[] Identifiers =
        ["0", "1", "2", "10", "11", "99", "alpha", "beta", "rc", "a", "b", "A", "B", "Alpha", "RC", "x-y", "-", "--", "0a", "1a", "a1", "z9", "01"];
    private static readonly string[] BuildIdentifiers = ["build", "1", "001", "sha", "5114f85", "a-b", "-", "B"];

    protected override string Oddities => ".-+_v=0a9Z\u0663";

    protected override Parts NewVersion() =>
        new(Pick(Numbers), Pick(Numbers), Pick(Numbers), OneIn(2) ? [] : [.. Enumerable.Range(0, Random.Next(1, 4)).Select(_ => Pick(Identifiers))]);

    protected override Parts Change(Parts version)
    {
        var pre = version.Prerelease;
        return Random.Next(6) switch
        {
            0 => version with { Major = Pick(Numbers) },
            1 => version with { Minor = Pick(Numbers) },
            2 => version with { Patch = Pick(Numbers) },
            3 => version with { Prerelease = [.. pre, Pick(Identifiers)] },
            4 => version with { Prerelease = pre.Length > 0 ? pre[..^1] : [Pick(Identifiers)] },
            _ => version with { Prerelease = pre.Length > 0 ? [.. pre[..^1], Pick(Identifiers)] : [] },
        };
    }

    // Build metadata plays no part in precedence, so each spelling gets its own.
    protected override string Spell(Parts version)
    {
        var text = $"{(OneIn(4) ? "v" : "")}{version.Major}.{version.Minor}.{version.Patch}";
        if (version.Prerelease.Length > 0)
            text += "-" + string.Join('.', version.Prerelease);
        if (OneIn(3))
            text += "+" + string.Join('.', Enumerable.Range(0, Random.Next(1, 3)).Select(_ => Pick(BuildIdentifiers)));
        return text;
    }
}
