namespace ContainerSecurity.Advisories.Index;

/// <summary>
/// Entries grouped by package name while an index is written, each kept encoded (a one-entry block) in large byte
/// chunks rather than as objects: hundreds of thousands of live entry graphs made the garbage collector the build's
/// largest cost, and byte arrays are never traced.
/// </summary>
internal sealed class StagedEntries
{
    private const int ChunkLength = 8 * 1024 * 1024;

    private readonly Dictionary<string, List<long>> _positionsByName = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<byte[]> _chunks = [];
    private readonly AdvisoryBlockEncoder _encoder = new();
    private readonly MemoryStream _encoded = new();
    private readonly BinaryWriter _encodedWriter;
    private readonly AdvisoryEntry[] _single = new AdvisoryEntry[1];
    private int _chunkUsed;

    public StagedEntries() => _encodedWriter = new BinaryWriter(_encoded);

    public void Add(AdvisoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!_positionsByName.TryGetValue(entry.PackageName, out var positions))
        {
            positions = [];
            _positionsByName.Add(entry.PackageName, positions);
        }

        positions.Add(Append(Encode(entry)));
    }

    /// <summary>The package names in index order: ordinal, ignoring case.</summary>
    public string[] SortedNames()
    {
        var names = _positionsByName.Keys.ToArray();
        Array.Sort(names, StringComparer.OrdinalIgnoreCase);
        return names;
    }

    /// <summary>The entries of one name in the order they were added; safe to call from several threads once adding is done.</summary>
    public AdvisoryEntry[] EntriesOf(string name)
    {
        var positions = _positionsByName[name];
        var entries = new AdvisoryEntry[positions.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = AdvisoryBlockDecoder.Decode(Read(positions[i]), expectedEntries: 1)[0];
        }

        return entries;
    }

    private ReadOnlySpan<byte> Encode(AdvisoryEntry entry)
    {
        _single[0] = entry;
        _encoded.SetLength(0);
        _encoder.Encode(_single, _encodedWriter);
        _encodedWriter.Flush();
        return _encoded.GetBuffer().AsSpan(0, (int)_encoded.Length);
    }

    /// <summary>Stores the bytes behind a 4-byte length, never across two chunks; returns chunk index and offset as one number.</summary>
    private long Append(ReadOnlySpan<byte> bytes)
    {
        var needed = bytes.Length + sizeof(int);
        if (_chunks.Count == 0 || _chunkUsed + needed > _chunks[^1].Length)
        {
            _chunks.Add(new byte[Math.Max(ChunkLength, needed)]);
            _chunkUsed = 0;
        }

        var chunk = _chunks[^1];
        BitConverter.TryWriteBytes(chunk.AsSpan(_chunkUsed), bytes.Length);
        bytes.CopyTo(chunk.AsSpan(_chunkUsed + sizeof(int)));
        var position = ((long)(_chunks.Count - 1) << 32) | (uint)_chunkUsed;
        _chunkUsed += needed;
        return position;
    }

    private ReadOnlySpan<byte> Read(long position)
    {
        var chunk = _chunks[(int)(position >> 32)];
        var offset = (int)(position & uint.MaxValue);
        return chunk.AsSpan(offset + sizeof(int), BitConverter.ToInt32(chunk, offset));
    }
}
