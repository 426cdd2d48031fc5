namespace ContainerSecurity.Tests.Advisories;

/// <summary>
/// Seeded pairs of versions built from an ecosystem's grammar. The second version is a fresh one, the same
/// version spelt another way (so ties are common), or the first with one part changed (so near-ties are);
/// now and then either side has one character inserted, replaced or removed, which mostly makes it invalid.
/// </summary>
internal abstract class GrammarVersionGenerator<TVersion>(int seed)
{
    protected Random Random { get; } = new(seed);

    /// <summary>Characters a corruption puts in: separators, letters, digits and lookalikes the grammar rejects or treats specially.</summary>
    protected abstract string Oddities { get; }

    protected abstract TVersion NewVersion();

    protected abstract TVersion Change(TVersion version);

    /// <summary>One of the spellings of <paramref name="version"/>, picked at random.</summary>
    protected abstract string Spell(TVersion version);

    public IEnumerable<(string A, string B)> Pairs(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var version = NewVersion();
            var b = Random.Next(3) switch
            {
                0 => NewVersion(),
                1 => version,
                _ => Change(version),
            };
            yield return (Corrupted(Spell(version)), Corrupted(Spell(b)));
        }
    }

    protected string Pick(params string[] pool) => pool[Random.Next(pool.Length)];

    protected bool OneIn(int n) => Random.Next(n) == 0;

    private string Corrupted(string version)
    {
        if (!OneIn(8))
            return version;
        var pos = Random.Next(version.Length + 1);
        var odd = Oddities[Random.Next(Oddities.Length)].ToString();
        return Random.Next(3) switch
        {
            0 => version.Insert(pos, odd),
            1 when pos < version.Length => version.Remove(pos, 1).Insert(pos, odd),
            _ when pos < version.Length => version.Remove(pos, 1),
            _ => version + odd,
        };
    }
}
