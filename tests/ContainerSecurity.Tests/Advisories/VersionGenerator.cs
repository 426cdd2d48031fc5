using System.Text;

namespace ContainerSecurity.Tests.Advisories;

/// <summary>
/// Seeded random versions for comparing against the real tools. Pieces come from small pools, and the
/// second version is often a small edit of the first, so that ties and near-ties are common.
/// </summary>
internal sealed class VersionGenerator(int seed, string symbols, bool allowEpoch, char releaseSeparator)
{
    private static readonly string[] Numbers = ["0", "00", "01", "1", "2", "9", "10", "010", "11", "99", "100", "2024", "20240101"];
    private static readonly string[] Words = ["a", "b", "z", "A", "Z", "rc", "beta", "alpha", "pre", "p", "git", "dfsg", "el", "fc", "ubuntu", "deb"];
    private readonly Random _random = new(seed);

    public IEnumerable<(string A, string B)> Pairs(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var a = Version();
            var b = _random.Next(3) == 0 ? Version() : Mutate(a);
            yield return (a, b);
        }
    }

    private string Version()
    {
        var sb = new StringBuilder();
        if (allowEpoch && _random.Next(4) == 0)
            sb.Append(Pick(["0", "1", "2", "10", "01"])).Append(':');
        sb.Append(Pick(Numbers));
        Segments(sb, _random.Next(0, 6));
        if (_random.Next(3) > 0)
        {
            sb.Append(releaseSeparator);
            sb.Append(_random.Next(3) == 0 ? Pick(Words) : Pick(Numbers));
            Segments(sb, _random.Next(0, 3));
        }
        return sb.ToString();
    }

    private void Segments(StringBuilder sb, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (_random.Next(3) > 0)
                sb.Append(symbols[_random.Next(symbols.Length)]);
            sb.Append(_random.Next(3) == 0 ? Pick(Words) : Pick(Numbers));
        }
    }

    private string Mutate(string version)
    {
        var chars = version.ToCharArray().ToList();
        var pos = _random.Next(chars.Count + 1);
        switch (_random.Next(4))
        {
            case 0:
                chars.Insert(pos, symbols[_random.Next(symbols.Length)]);
                chars.Insert(Math.Min(pos + 1, chars.Count), Pick(Numbers)[0]);
                break;
            case 1 when pos < chars.Count:
                chars[pos] = "0123456789az"[_random.Next(12)];
                break;
            case 2 when pos < chars.Count && pos > 0:
                chars.RemoveAt(pos);
                break;
            default:
                chars.AddRange(symbols[_random.Next(symbols.Length)] + Pick(Numbers.Concat(Words).ToArray()));
                break;
        }
        return new string([.. chars]);
    }

    private string Pick(string[] pool) => pool[_random.Next(pool.Length)];
}
