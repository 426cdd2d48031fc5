using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.Win32.SafeHandles;
using static ContainerSecurity.Advisories.Index.AdvisoryIndexFormat;

namespace ContainerSecurity.Advisories.Index;

/// <summary>
/// An open advisory index: the name table in memory, the blocks left on disk until a name is asked for, then cached.
/// Holds the file open (shared for delete, so a rebuild can replace it) until disposed.
/// </summary>
internal sealed class AdvisoryIndexReader : IAdvisoryIndex, IDisposable
{
    private readonly SafeFileHandle _file;
    private readonly string _path;
    private readonly NameTable _names;
    private readonly ConcurrentDictionary<int, IReadOnlyList<AdvisoryEntry>> _decoded = new();

    private AdvisoryIndexReader(SafeFileHandle file, string path, NameTable names)
    {
        _file = file;
        _path = path;
        _names = names;
    }

    /// <summary>How many package names have been decoded so far.</summary>
    internal int DecodedNameCount => _decoded.Count;

    internal int NameCount => _names.Names.Length;

    /// <exception cref="InvalidDataException">The file is not an index of this format version, or is truncated or corrupt.</exception>
    public static AdvisoryIndexReader Open(string path)
    {
        var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, FileOptions.RandomAccess);
        try
        {
            return new AdvisoryIndexReader(file, path, ReadNameTable(file, path));
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public IReadOnlyList<AdvisoryEntry> Find(string packageName)
    {
        ArgumentNullException.ThrowIfNull(packageName);
        var index = Array.BinarySearch(_names.Names, packageName, StringComparer.OrdinalIgnoreCase);
        return index < 0 ? [] : _decoded.GetOrAdd(index, DecodeBlock);
    }

    public void Dispose() => _file.Dispose();

    private IReadOnlyList<AdvisoryEntry> DecodeBlock(int index)
    {
        var compressed = new byte[_names.CompressedLengths[index]];
        ReadExactly(_file, compressed, _names.Offsets[index], _path);
        var block = new byte[_names.UncompressedLengths[index]];
        Decompress(compressed, block);
        return AdvisoryBlockDecoder.Decode(block, _names.EntryCounts[index]);
    }

    private static void Decompress(byte[] compressed, byte[] block)
    {
        using var zlib = new ZLibStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var read = zlib.ReadAtLeast(block, block.Length, throwOnEndOfStream: false);
        // Reading past the end makes zlib check its trailer (Adler-32) and proves the block is no longer than recorded.
        if (read != block.Length || zlib.ReadByte() != -1)
        {
            throw IndexBufferReader.Corrupt("a block whose length differs from the name table's");
        }
    }

    private static NameTable ReadNameTable(SafeFileHandle file, string path)
    {
        var fileLength = RandomAccess.GetLength(file);
        if (fileLength < HeaderLength)
        {
            throw IndexBufferReader.Corrupt($"'{path}' is {fileLength} bytes, shorter than the header");
        }

        var header = new byte[HeaderLength];
        ReadExactly(file, header, 0, path);
        if (!header.AsSpan(0, 8).SequenceEqual(Magic))
        {
            throw new InvalidDataException($"'{path}' is not an advisory index.");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(8));
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"'{path}' is an advisory index of format version {version}; this build reads version {FormatVersion}.");
        }

        var nameCount = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(12));
        var nameTableOffset = BinaryPrimitives.ReadInt64LittleEndian(header.AsSpan(16));
        var nameTableLength = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(24));
        var nameTableHash = BinaryPrimitives.ReadUInt64LittleEndian(header.AsSpan(28));
        if (nameTableLength is < 0 or > MaxNameTableLength || nameTableOffset < HeaderLength
            || nameTableOffset + nameTableLength != fileLength)
        {
            throw IndexBufferReader.Corrupt($"'{path}' is {fileLength} bytes, not the length its header gives (truncated?)");
        }

        var nameTable = new byte[nameTableLength];
        ReadExactly(file, nameTable, nameTableOffset, path);
        if (Fnv1aHash.Compute(nameTable) != nameTableHash)
        {
            throw IndexBufferReader.Corrupt($"the name table of '{path}' does not match its checksum");
        }

        return NameTable.Parse(nameTable, nameCount, nameTableOffset);
    }

    private static void ReadExactly(SafeFileHandle file, byte[] buffer, long offset, string path)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = RandomAccess.Read(file, buffer.AsSpan(total), offset + total);
            if (read == 0)
            {
                throw IndexBufferReader.Corrupt($"'{path}' ends before offset {offset + buffer.Length}");
            }

            total += read;
        }
    }

    /// <summary>The package names, sorted ordinal ignoring case, and where each one's block is.</summary>
    private sealed record NameTable(string[] Names, long[] Offsets, int[] CompressedLengths, int[] UncompressedLengths, int[] EntryCounts)
    {
        // A name, a compressed length, an uncompressed length and an entry count take a byte each at least.
        private const int MinBytesPerName = 4;

        public static NameTable Parse(ReadOnlySpan<byte> bytes, int count, long blocksEnd)
        {
            if (count < 0 || (long)count * MinBytesPerName > bytes.Length)
            {
                throw IndexBufferReader.Corrupt($"a name count of {count} for a name table of {bytes.Length} bytes");
            }

            var table = new NameTable(new string[count], new long[count], new int[count], new int[count], new int[count]);
            var reader = new IndexBufferReader(bytes);
            long offset = HeaderLength;
            for (var i = 0; i < count; i++)
            {
                table.Names[i] = reader.ReadString();
                if (i > 0 && StringComparer.OrdinalIgnoreCase.Compare(table.Names[i - 1], table.Names[i]) >= 0)
                {
                    throw IndexBufferReader.Corrupt("package names out of order");
                }

                table.Offsets[i] = offset;
                table.CompressedLengths[i] = reader.Read7BitInt();
                table.UncompressedLengths[i] = reader.Read7BitInt();
                table.EntryCounts[i] = reader.Read7BitInt();
                offset += table.CompressedLengths[i];
                CheckBlockLengths(table.CompressedLengths[i], table.UncompressedLengths[i], offset, blocksEnd);
            }

            return reader.AtEnd && offset == blocksEnd ? table : throw IndexBufferReader.Corrupt("blocks that do not fill the space before the name table");
        }

        private static void CheckBlockLengths(int compressed, int uncompressed, long end, long blocksEnd)
        {
            if (end > blocksEnd || uncompressed > MaxBlockLength || uncompressed > (long)compressed * MaxCompressionRatio)
            {
                throw IndexBufferReader.Corrupt("a block length out of bounds");
            }
        }
    }
}
