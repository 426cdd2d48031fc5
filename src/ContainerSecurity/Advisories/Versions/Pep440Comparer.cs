using System.Numerics;
using System.Text.RegularExpressions;

namespace ContainerSecurity.Advisories;

/// <summary>
/// Python's PEP 440 ordering, as pypa/packaging's Version: epoch, release (trailing zeros ignored),
/// then dev &lt; pre &lt; final &lt; post, then the local label.
/// </summary>
public sealed partial class Pep440Comparer : IVersionComparer
{
    public static Pep440Comparer Instance { get; } = new();

    [GeneratedRegex(@"^\s*v?(?:(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\.[0-9]+)*)(?<pre>[-_\.]?(?<pre_l>alpha|a|beta|b|preview|pre|c|rc)[-_\.]?(?<pre_n>[0-9]+)?)?(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_\.]?(?<post_l>post|rev|r)[-_\.]?(?<post_n2>[0-9]+)?))?(?<dev>[-_\.]?(?<dev_l>dev)[-_\.]?(?<dev_n>[0-9]+)?)?)(?:\+(?<local>[a-z0-9]+(?:[-_\.][a-z0-9]+)*))?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Grammar();

    public int Compare(string a, string b) => Key.Of(Parse(a)).CompareTo(Key.Of(Parse(b)));

    public bool IsValid(string version) => Grammar().IsMatch(version);

    private static Match Parse(string version)
    {
        var match = Grammar().Match(version);
        return match.Success ? match : throw new FormatException($"Not a PEP 440 version: '{version}'.");
    }

    private readonly record struct Key(
        BigInteger Epoch, BigInteger[] Release, int PreRank, string PreLetter, BigInteger PreNumber,
        BigInteger? Post, BigInteger? Dev, string[]? Local) : IComparable<Key>
    {
        public static Key Of(Match m)
        {
            var release = m.Groups["release"].Value.Split('.').Select(BigInteger.Parse).ToArray();
            var end = release.Length;
            while (end > 0 && release[end - 1].IsZero)
                end--;
            var hasPre = m.Groups["pre"].Success;
            var hasPost = m.Groups["post"].Success;
            var hasDev = m.Groups["dev"].Success;

            // A bare dev release sorts before every pre-release of the same release; no pre-release sorts after them all.
            var preRank = hasPre ? 0 : !hasPost && hasDev ? -1 : 1;
            var preLetter = m.Groups["pre_l"].Value.ToLowerInvariant() switch
            {
                "alpha" or "a" => "a",
                "beta" or "b" => "b",
                "" => "",
                _ => "rc",
            };
            BigInteger? post = !hasPost ? null
                : m.Groups["post_n1"].Success ? BigInteger.Parse(m.Groups["post_n1"].Value)
                : Number(m.Groups["post_n2"]);
            var local = m.Groups["local"].Success
                ? m.Groups["local"].Value.ToLowerInvariant().Split('-', '_', '.')
                : null;
            return new Key(
                m.Groups["epoch"].Success ? BigInteger.Parse(m.Groups["epoch"].Value) : 0,
                release[..end], preRank, preLetter, Number(m.Groups["pre_n"]),
                post, hasDev ? Number(m.Groups["dev_n"]) : null, local);
        }

        private static BigInteger Number(Group g) => g.Success ? BigInteger.Parse(g.Value) : 0;

        public int CompareTo(Key other)
        {
            var rc = Epoch.CompareTo(other.Epoch);
            if (rc == 0)
                rc = CompareSequence(Release, other.Release, (x, y) => x.CompareTo(y));
            if (rc == 0)
                rc = PreRank.CompareTo(other.PreRank);
            if (rc == 0 && PreRank == 0)
                rc = string.CompareOrdinal(PreLetter, other.PreLetter) is var l && l != 0 ? l : PreNumber.CompareTo(other.PreNumber);
            if (rc == 0)
                rc = CompareMissingFirst(Post, other.Post);
            if (rc == 0)
                rc = Dev is null || other.Dev is null ? (Dev is null).CompareTo(other.Dev is null) : Dev.Value.CompareTo(other.Dev.Value);
            if (rc == 0)
                rc = Local is null || other.Local is null ? (Local is not null).CompareTo(other.Local is not null) : CompareSequence(Local, other.Local, CompareLocalPart);
            return Math.Sign(rc);
        }

        private static int CompareMissingFirst(BigInteger? a, BigInteger? b) =>
            a is null || b is null ? (a is not null).CompareTo(b is not null) : a.Value.CompareTo(b.Value);

        // Numeric local segments sort after alphanumeric ones, and among themselves by value.
        private static int CompareLocalPart(string a, string b)
        {
            var numericA = a.All(char.IsAsciiDigit);
            var numericB = b.All(char.IsAsciiDigit);
            if (numericA && numericB)
                return BigInteger.Parse(a).CompareTo(BigInteger.Parse(b));
            if (numericA != numericB)
                return numericA ? 1 : -1;
            return string.CompareOrdinal(a, b);
        }

        private static int CompareSequence<T>(T[] a, T[] b, Func<T, T, int> compare)
        {
            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            {
                var rc = compare(a[i], b[i]);
                if (rc != 0)
                    return rc;
            }
            return a.Length.CompareTo(b.Length);
        }
    }
}
