using System.Buffers.Binary;

namespace ContainerSecurity.Inventory.RpmDb;

/// <summary>
/// Reads every value of a BerkeleyDB hash database, the Packages file of rpm before 4.16 (libdb db_page.h):
/// hash pages hold key/data item pairs, large items live on chains of overflow pages. Either byte order.
/// </summary>
internal static class BerkeleyHashDatabase
{
    private const uint HashMagic = 0x061561;
    private const int PageHeaderSize = 26;

    private const byte PageTypeHashUnsorted = 2;
    private const byte PageTypeOverflow = 7;
    private const byte PageTypeHashMeta = 8;
    private const byte PageTypeHash = 13;

    private const byte ItemKeyData = 1;
    private const byte ItemOffPage = 3;

    public static bool IsBerkeleyHash(ReadOnlySpan<byte> file) =>
        file.Length >= 512 && (BinaryPrimitives.ReadUInt32LittleEndian(file[12..]) == HashMagic || BinaryPrimitives.ReadUInt32BigEndian(file[12..]) == HashMagic);

    public static IEnumerable<byte[]> Values(string path, ReadOnlyMemory<byte> file)
    {
        var meta = file.Span;
        if (!IsBerkeleyHash(meta))
        {
            throw new InventoryFormatException(path, "not a BerkeleyDB hash database.");
        }
        var bigEndian = BinaryPrimitives.ReadUInt32LittleEndian(meta[12..]) != HashMagic;
        var pageSize = (int)ReadUInt32(meta[20..], bigEndian);
        if (pageSize is < 512 or > 65536 || (pageSize & (pageSize - 1)) != 0 || meta[25] != PageTypeHashMeta)
        {
            throw new InventoryFormatException(path, $"unexpected BerkeleyDB page size {pageSize} or metadata page type {meta[25]}.");
        }
        if (meta[24] != 0)
        {
            throw new InventoryFormatException(path, "the BerkeleyDB database is encrypted.");
        }
        var lastPage = ReadUInt32(meta[32..], bigEndian);
        var values = new List<byte[]>();
        // Every byte of a value is stored once in the file, so all values together are never more than the file:
        // items pointing at one overflow chain many times over cannot multiply the memory they take.
        long total = 0;
        for (long pageNumber = 1; pageNumber <= lastPage && (pageNumber + 1) * pageSize <= file.Length; pageNumber++)
        {
            var page = file.Span.Slice((int)(pageNumber * pageSize), pageSize);
            if (page[25] is not (PageTypeHash or PageTypeHashUnsorted))
            {
                continue;
            }
            var entries = ReadUInt16(page[20..], bigEndian);
            if (PageHeaderSize + 2 * entries > pageSize)
            {
                throw new InventoryFormatException(path, $"BerkeleyDB page {pageNumber} claims {entries} items, more than fit in it.");
            }
            // Items come in key/data pairs; the data is the odd one.
            for (var index = 1; index < entries; index += 2)
            {
                if (Item(path, file.Span, page, index, pageSize, bigEndian, file.Length - total) is { } value)
                {
                    total += value.Length;
                    values.Add(value);
                }
            }
        }
        return values;
    }

    private static byte[]? Item(string path, ReadOnlySpan<byte> file, ReadOnlySpan<byte> page, int index, int pageSize, bool bigEndian, long room)
    {
        var offset = ReadUInt16(page[(PageHeaderSize + 2 * index)..], bigEndian);
        // An item runs up to the previous item's start: hash pages fill from the end.
        var end = index == 0 ? pageSize : ReadUInt16(page[(PageHeaderSize + 2 * (index - 1))..], bigEndian);
        if (offset >= pageSize || end > pageSize || end <= offset)
        {
            throw new InventoryFormatException(path, "a BerkeleyDB hash page has an item outside the page.");
        }
        if (page[offset] == ItemOffPage && end - offset < 12)
        {
            throw new InventoryFormatException(path, "a BerkeleyDB off-page item is too short.");
        }
        return page[offset] switch
        {
            ItemKeyData => page[(offset + 1)..end].ToArray(),
            ItemOffPage => OverflowChain(path, file, ReadUInt32(page[(offset + 4)..], bigEndian), ReadUInt32(page[(offset + 8)..], bigEndian), pageSize, bigEndian, room),
            _ => null,
        };
    }

    private static byte[] OverflowChain(string path, ReadOnlySpan<byte> file, uint firstPage, uint totalLength, int pageSize, bool bigEndian, long room)
    {
        if (totalLength > room)
        {
            throw new InventoryFormatException(path, $"a BerkeleyDB item claims {totalLength} bytes, more than the file holds.");
        }
        var value = new byte[totalLength];
        var filled = 0;
        var visited = new HashSet<uint>();
        var pageNumber = firstPage;
        while (pageNumber != 0 && filled < totalLength)
        {
            if (!visited.Add(pageNumber) || ((long)pageNumber + 1) * pageSize > file.Length)
            {
                throw new InventoryFormatException(path, $"a BerkeleyDB overflow chain is broken at page {pageNumber}.");
            }
            var page = file.Slice((int)(pageNumber * (long)pageSize), pageSize);
            if (page[25] != PageTypeOverflow)
            {
                throw new InventoryFormatException(path, $"BerkeleyDB page {pageNumber} should be an overflow page.");
            }
            // On overflow pages the "high free offset" field holds how many bytes the page carries.
            var length = Math.Min(Math.Min(ReadUInt16(page[22..], bigEndian), pageSize - PageHeaderSize), (int)totalLength - filled);
            page.Slice(PageHeaderSize, length).CopyTo(value.AsSpan(filled));
            filled += length;
            pageNumber = ReadUInt32(page[16..], bigEndian);
        }
        if (filled != totalLength)
        {
            throw new InventoryFormatException(path, "a BerkeleyDB overflow chain ends before its item does.");
        }
        return value;
    }

    private static uint ReadUInt32(ReadOnlySpan<byte> bytes, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt32BigEndian(bytes) : BinaryPrimitives.ReadUInt32LittleEndian(bytes);

    private static int ReadUInt16(ReadOnlySpan<byte> bytes, bool bigEndian) =>
        bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(bytes) : BinaryPrimitives.ReadUInt16LittleEndian(bytes);
}
