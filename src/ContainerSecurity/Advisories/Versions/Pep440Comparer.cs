using System.Numerics;
using System.Text.RegularExpressions;

namespace ContainerSecurity.Advisories.Versions;

/// <summary>
/// Python's PEP 440 ordering, as pypa/packaging's Version: epoch, release (trailing zeros ignored),
/// then dev &lt; pre &lt; final &lt; post, then the local label.
/// </summary>
public sealed partial class Pep440Comparer : IVersionComparer
{
    public static Pep440Comparer Instance { get; } = new();

    // As Python's re reads packaging's pattern: its \s also takes the ASCII separators \x1c-\x1f, and ignoring case
    // it also takes İ and ı for i, ſ for s and K for k. packaging then lowers what it matched, so "poſt" or
    // "prevıew" stay letters of their own, which sort among the others by code point.
    [GeneratedRegex(@"^[\s\x1c-\x1f]*v?(?:(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\.[0-9]+)*)(?<pre>[-_\.]?(?<pre_l>alpha|a|beta|b|prev[i\u0130\u0131]ew|pre|c|rc)[-_\.]?(?<pre_n>[0-9]+)?)?(?<post>(?:-(?<post_n1>[0-9]+))|(?:[-_\.]?(?<post_l>po[s\u017f]t|rev|r)[-_\.]?(?<post_n2>[0-9]+)?))?(?<dev>[-_\.]?(?<dev_l>dev)[-_\.]?(?<dev_n>[0-9]+)?)?)(?:\+(?<local>[a-z0-9\u0130\u0131\u017f\u212a]+(?:[-_\.][a-z0-9\u0130\u0131\u017f\u212a]+)*))?[\s\x1c-\x1f]*$",
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
        BigInteger Epoch, BigInteger[] Release, int PreRank, (string Letter, BigInteger Number) Pre,
        (string Letter, BigInteger Number)? Post, BigInteger? Dev, string[]? Local) : IComparable<Key>
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
            var preLetter = PythonLower(m.Groups["pre_l"].Value) switch
            {
                "alpha" or "a" => "a",
                "beta" or "b" => "b",
                "c" or "pre" or "preview" or "rc" => "rc",
                var other => other,
            };
            var postLetter = PythonLower(m.Groups["post_l"].Value) switch
            {
                "" or "post" or "rev" or "r" => "post",
                var other => other,
            };
            var postNumber = Number(m.Groups["post_n1"].Success ? m.Groups["post_n1"] : m.Groups["post_n2"]);
            var local = m.Groups["local"].Success
                ? PythonLower(m.Groups["local"].Value).Split('-', '_', '.')
                : null;
            return new Key(
                m.Groups["epoch"].Success ? BigInteger.Parse(m.Groups["epoch"].Value) : 0,
                release[..end], preRank, (preLetter, Number(m.Groups["pre_n"])),
                hasPost ? (postLetter, postNumber) : null, hasDev ? Number(m.Groups["dev_n"]) : null, local);
        }

        private static BigInteger Number(Group g) => g.Success ? BigInteger.Parse(g.Value) : 0;

        // Python's str.lower() lowers İ to i and a combining dot above, where .NET's simple mapping drops the dot.
        private static string PythonLower(string text) => text.Replace("\u0130", "i\u0307").ToLowerInvariant();

        public int CompareTo(Key other)
        {
            var rc = Epoch.CompareTo(other.Epoch);
            if (rc == 0)
                rc = CompareSequence(Release, other.Release, (x, y) => x.CompareTo(y));
            if (rc == 0)
                rc = PreRank.CompareTo(other.PreRank);
            if (rc == 0 && PreRank == 0)
                rc = CompareLabel(Pre, other.Pre);
            if (rc == 0)
                rc = Post is null || other.Post is null ? (Post is not null).CompareTo(other.Post is not null) : CompareLabel(Post.Value, other.Post.Value);
            if (rc == 0)
                rc = Dev is null || other.Dev is null ? (Dev is null).CompareTo(other.Dev is null) : Dev.Value.CompareTo(other.Dev.Value);
            if (rc == 0)
                rc = Local is null || other.Local is null ? (Local is not null).CompareTo(other.Local is not null) : CompareSequence(Local, other.Local, CompareLocalPart);
            return Math.Sign(rc);
        }

        private static int CompareLabel((string Letter, BigInteger Number) a, (string Letter, BigInteger Number) b) =>
            string.CompareOrdinal(a.Letter, b.Letter) is var rc && rc != 0 ? rc : a.Number.CompareTo(b.Number);

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
