using System.Buffers.Binary;

namespace ContainerSecurity.Advisories.Index;

/// <summary>Writes an advisory index: entries grouped by package name, one compressed block per name, then the name table.</summary>
internal static class AdvisoryIndexWriter
{
    // Names compressed in parallel at a time: enough to keep every core busy, few enough to hold the blocks in memory.
    private const int BatchSize = 1024;

    /// <summary>Writes to a temporary file beside <paramref name="path"/> and moves it into place, so readers never see half a file.</summary>
    public static void Write(IEnumerable<AdvisoryEntry> entries, string path)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var staged = Stage(entries);
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var temporary = $"{fullPath}.tmp-{Guid.NewGuid():N}";
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 20))
            {
                WriteFile(staged, file);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static StagedEntries Stage(IEnumerable<AdvisoryEntry> entries)
    {
        var staged = new StagedEntries();
        foreach (var entry in entries)
        {
            staged.Add(entry);
        }

        return staged;
    }

    private static void WriteFile(StagedEntries staged, FileStream file)
    {
        file.Write(new byte[AdvisoryIndexFormat.HeaderLength]);
        using var nameTable = new MemoryStream();
        using var nameTableWriter = new BinaryWriter(nameTable);
        var names = staged.SortedNames();
        var blocks = new CompressedBlock[Math.Min(BatchSize, names.Length)];
        for (var start = 0; start < names.Length; start += BatchSize)
        {
            var count = Math.Min(BatchSize, names.Length - start);
            Parallel.For(0, count, () => new IndexBlockCompressor(),
                (i, _, compressor) =>
                {
                    blocks[i] = compressor.Compress(staged.EntriesOf(names[start + i]));
                    return compressor;
                },
                _ => { });
            for (var i = 0; i < count; i++)
            {
                file.Write(blocks[i].Bytes);
                nameTableWriter.Write(names[start + i]);
                nameTableWriter.Write7BitEncodedInt(blocks[i].Bytes.Length);
                nameTableWriter.Write7BitEncodedInt(blocks[i].UncompressedLength);
                nameTableWriter.Write7BitEncodedInt(blocks[i].EntryCount);
            }
        }

        nameTableWriter.Flush();
        var nameTableOffset = file.Position;
        var nameTableBytes = nameTable.GetBuffer().AsSpan(0, (int)nameTable.Length);
        file.Write(nameTableBytes);
        file.Position = 0;
        file.Write(Header(names.Length, nameTableOffset, nameTableBytes));
    }

    private static byte[] Header(int nameCount, long nameTableOffset, ReadOnlySpan<byte> nameTable)
    {
        var header = new byte[AdvisoryIndexFormat.HeaderLength];
        var span = header.AsSpan();
        AdvisoryIndexFormat.Magic.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[8..], AdvisoryIndexFormat.FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(span[12..], nameCount);
        BinaryPrimitives.WriteInt64LittleEndian(span[16..], nameTableOffset);
        BinaryPrimitives.WriteInt32LittleEndian(span[24..], nameTable.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(span[28..], Fnv1aHash.Compute(nameTable));
        return header;
    }
}
