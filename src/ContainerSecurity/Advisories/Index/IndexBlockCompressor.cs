using System.IO.Compression;

namespace ContainerSecurity.Advisories.Index;

/// <summary>One package name's block as stored in the file.</summary>
internal readonly record struct CompressedBlock(byte[] Bytes, int UncompressedLength, int EntryCount);

/// <summary>Encodes and compresses blocks; one per thread, its buffers reused from block to block.</summary>
internal sealed class IndexBlockCompressor
{
    private readonly AdvisoryBlockEncoder _encoder = new();
    private readonly MemoryStream _block = new();
    private readonly BinaryWriter _blockWriter;
    private readonly MemoryStream _compressed = new();

    public IndexBlockCompressor() => _blockWriter = new BinaryWriter(_block);

    public CompressedBlock Compress(IReadOnlyList<AdvisoryEntry> entries)
    {
        _block.SetLength(0);
        _encoder.Encode(entries, _blockWriter);
        _blockWriter.Flush();
        _compressed.SetLength(0);
        using (var zlib = new ZLibStream(_compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(_block.GetBuffer(), 0, (int)_block.Length);
        }

        return new CompressedBlock(_compressed.ToArray(), (int)_block.Length, entries.Count);
    }
}
