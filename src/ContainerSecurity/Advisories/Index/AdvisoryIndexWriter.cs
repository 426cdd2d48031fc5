using System.Buffers.Binary;
using System.IO.Compression;

namespace ContainerSecurity.Advisories;

/// <summary>Writes an advisory index: entries grouped by package name, one compressed block per name, then the name table.</summary>
internal static class AdvisoryIndexWriter
{
    /// <summary>Writes to a temporary file beside <paramref name="path"/> and moves it into place, so readers never see half a file.</summary>
    public static void Write(IEnumerable<AdvisoryEntry> entries, string path)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var groups = GroupByName(entries);
        var fullPath = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        var temporary = $"{fullPath}.tmp-{Guid.NewGuid():N}";
        try
        {
            using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 20))
            {
                WriteFile(groups, file);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static KeyValuePair<string, List<AdvisoryEntry>>[] GroupByName(IEnumerable<AdvisoryEntry> entries)
    {
        var groups = new Dictionary<string, List<AdvisoryEntry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            if (!groups.TryGetValue(entry.PackageName, out var group))
            {
                group = [];
                groups.Add(entry.PackageName, group);
            }

            group.Add(entry);
        }

        var sorted = groups.ToArray();
        Array.Sort(sorted, (a, b) => StringComparer.OrdinalIgnoreCase.Compare(a.Key, b.Key));
        return sorted;
    }

    private static void WriteFile(KeyValuePair<string, List<AdvisoryEntry>>[] groups, FileStream file)
    {
        file.Write(new byte[AdvisoryIndexFormat.HeaderLength]);
        using var nameTable = new MemoryStream();
        using var nameTableWriter = new BinaryWriter(nameTable);
        using var block = new MemoryStream();
        using var blockWriter = new BinaryWriter(block);
        using var compressed = new MemoryStream();
        var encoder = new AdvisoryBlockEncoder();
        foreach (var (name, group) in groups)
        {
            block.SetLength(0);
            encoder.Encode(group, blockWriter);
            blockWriter.Flush();
            Compress(block, compressed);
            file.Write(compressed.GetBuffer(), 0, (int)compressed.Length);

            nameTableWriter.Write(name);
            nameTableWriter.Write7BitEncodedInt((int)compressed.Length);
            nameTableWriter.Write7BitEncodedInt((int)block.Length);
            nameTableWriter.Write7BitEncodedInt(group.Count);
        }

        nameTableWriter.Flush();
        var nameTableOffset = file.Position;
        var nameTableBytes = nameTable.GetBuffer().AsSpan(0, (int)nameTable.Length);
        file.Write(nameTableBytes);
        file.Position = 0;
        file.Write(Header(groups.Length, nameTableOffset, nameTableBytes));
    }

    private static void Compress(MemoryStream block, MemoryStream compressed)
    {
        compressed.SetLength(0);
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(block.GetBuffer(), 0, (int)block.Length);
        }
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
