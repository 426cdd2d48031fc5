namespace AdvisoryIndexBench;

/// <summary>Distinct Debian-looking source package names (libfoo2, python-bar, golang-baz-qux...).</summary>
internal static class PackageNames
{
    private static readonly string[] Prefixes = ["", "", "", "lib", "lib", "python-", "golang-", "node-", "ruby-", "r-cran-", "haskell-", "perl-lib"];
    private static readonly string[] Syllables = ["ssl", "xml", "gtk", "qt", "net", "core", "zip", "png", "jpe", "sql", "ite", "ma", "ra", "do", "ki", "lo", "pe", "su", "ter", "vix", "bus", "crypt", "http", "dav", "glib", "mo", "zen", "tar", "bin", "util"];

    public static string[] Generate(Random random, int count)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (names.Count < count)
        {
            var name = Prefixes[random.Next(Prefixes.Length)] + Word(random)
                + (random.Next(4) == 0 ? "-" + Word(random) : "") + (random.Next(5) == 0 ? random.Next(1, 6).ToString() : "");
            names.Add(name);
        }

        // Shuffled, so that popularity rank does not follow generation order.
        return [.. names.OrderBy(_ => random.Next())];
    }

    private static string Word(Random random) =>
        string.Concat(Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Syllables[random.Next(Syllables.Length)]));
}
