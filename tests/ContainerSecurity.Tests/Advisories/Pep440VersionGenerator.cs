namespace ContainerSecurity.Tests.Advisories;

/// <summary>
/// PEP 440 versions for comparing with pypa/packaging: epochs, release segments with leading and trailing zeros,
/// pre, post and dev parts in all their spellings and separators, the implicit post-release "-N", local labels,
/// a leading 'v', mixed case and surrounding whitespace.
/// </summary>
internal sealed class Pep440VersionGenerator(int seed) : GrammarVersionGenerator<Pep440VersionGenerator.Parts>(seed)
{
    /// <summary>A number of "" is one left out, which counts as 0.</summary>
    internal sealed record Parts(string? Epoch, string[] Release, (string Kind, string Number)? Pre, string? Post, string? Dev, string[]? Local);

    private static readonly string[] Numbers = ["0", "00", "1", "01", "2", "9", "10", "11", "2024"];
    private static readonly string[] OptionalNumbers = ["", "0", "1", "2", "01", "10"];
    private static readonly string[] LocalSegments = ["ubuntu", "1", "01", "2", "10", "abc", "ABC", "deb11u1", "a", "z"];
    private static readonly string[] PreKinds = ["a", "b", "rc"];
    private static readonly Dictionary<string, string[]> PreSpellings = new()
    {
        ["a"] = ["a", "alpha", "A", "Alpha", "ALPHA"],
        ["b"] = ["b", "beta", "B", "Beta"],
        ["rc"] = ["rc", "c", "pre", "preview", "RC", "C", "Pre", "PREVIEW"],
    };

    protected override string Oddities => ".-_+!aAvr09 \u001f\u00a0\u0131\u017f\u212a\u0663";

    protected override Parts NewVersion() => new(
        OneIn(5) ? Pick("0", "1", "2", "01", "10") : null,
        [.. Enumerable.Range(0, Random.Next(1, 5)).Select(_ => Pick(Numbers))],
        OneIn(3) ? (Pick(PreKinds), Pick(OptionalNumbers)) : null,
        OneIn(4) ? Pick(OptionalNumbers) : null,
        OneIn(4) ? Pick(OptionalNumbers) : null,
        OneIn(4) ? NewLocal() : null);

    protected override Parts Change(Parts version) => Random.Next(10) switch
    {
        0 => version with { Epoch = version.Epoch is null ? Pick("0", "1") : null },
        1 => version with { Release = [.. version.Release, Pick("0", "0", "1")] },
        2 => version with { Release = version.Release.Length > 1 ? version.Release[..^1] : ["0"] },
        3 => version with { Release = [.. version.Release[..^1], Pick(Numbers)] },
        4 => version with { Pre = version.Pre is { } pre && OneIn(2) ? (pre.Kind, Pick(OptionalNumbers)) : (Pick(PreKinds), Pick(OptionalNumbers)) },
        5 => version with { Pre = null },
        6 => version with { Post = version.Post is null ? Pick(OptionalNumbers) : OneIn(2) ? null : Pick(OptionalNumbers) },
        7 => version with { Dev = version.Dev is null ? Pick(OptionalNumbers) : OneIn(2) ? null : Pick(OptionalNumbers) },
        8 => version with { Local = version.Local is null || OneIn(3) ? NewLocal() : null },
        _ => version with { Local = version.Local is { } local ? [.. local, Pick(LocalSegments)] : null },
    };

    protected override string Spell(Parts version)
    {
        var text = OneIn(6) ? Pick("v", "V") : "";
        if (version.Epoch is not null)
            text += version.Epoch + "!";
        text += string.Join('.', version.Release);
        if (version.Pre is var (kind, number))
            text += Separator() + Pick(PreSpellings[kind]) + Separator() + number;
        if (version.Post is not null)
        {
            text += version.Post != "" && OneIn(3)
                ? "-" + version.Post
                : Separator() + Pick("post", "rev", "r", "POST", "Post") + Separator() + version.Post;
        }
        if (version.Dev is not null)
            text += Separator() + Pick("dev", "DEV", "Dev") + Separator() + version.Dev;
        if (version.Local is not null)
            text += "+" + string.Concat(version.Local.Select((segment, i) => (i == 0 ? "" : Pick(".", "-", "_")) + segment));
        return OneIn(10) ? Whitespace() + text + Whitespace() : text;
    }

    private string[] NewLocal() => [.. Enumerable.Range(0, Random.Next(1, 4)).Select(_ => Pick(LocalSegments))];

    private string Separator() => Pick("", "", ".", "-", "_");

    private string Whitespace() => Pick("", " ", "\t", "\n", "\u00a0", "\u001f");
}
