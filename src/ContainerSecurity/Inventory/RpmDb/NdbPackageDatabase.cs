using System.Buffers.Binary;

namespace ContainerSecurity.Inventory.RpmDb;

/// <summary>
/// Reads the header blobs of rpm's own "ndb" Packages.db (rpm lib/backend/ndb/rpmpkg.c, used by SUSE):
/// a 32-byte header, 4 KiB pages of 16-byte slots (pkgidx, block offset, block count), and blobs in 16-byte blocks,
/// each framed by a "BlbS" head and a "BlbE" tail. Always little-endian.
/// </summary>
internal static class NdbPackageDatabase
{
    private const uint HeaderMagic = 'R' | 'p' << 8 | 'm' << 16 | 'P' << 24;
    private const uint SlotMagic = 'S' | 'l' << 8 | 'o' << 16 | 't' << 24;
    private const uint BlobHeadMagic = 'B' | 'l' << 8 | 'b' << 16 | 'S' << 24;
    private const uint BlobTailMagic = 'B' | 'l' << 8 | 'b' << 16 | 'E' << 24;

    private const int HeaderSize = 32;
    private const int PageSize = 4096;
    private const int SlotSize = 16;
    private const int BlockSize = 16;
    private const int BlobHeadSize = 16;
    private const int BlobTailSize = 12;
    private const uint MaxSlotPages = 2048;

    public static bool IsNdb(ReadOnlySpan<byte> file) =>
        file.Length >= HeaderSize && BinaryPrimitives.ReadUInt32LittleEndian(file) == HeaderMagic;

    public static IEnumerable<byte[]> Blobs(string path, ReadOnlyMemory<byte> file)
    {
        var bytes = file.Span;
        if (!IsNdb(bytes) || BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..]) != 0)
        {
            throw new InventoryFormatException(path, "not an rpm ndb package database of version 0.");
        }
        var slotPages = BinaryPrimitives.ReadUInt32LittleEndian(bytes[12..]);
        if (slotPages is 0 or > MaxSlotPages || slotPages * PageSize > bytes.Length)
        {
            throw new InventoryFormatException(path, $"the ndb header announces {slotPages} slot pages, which the file cannot hold.");
        }
        var blobs = new List<byte[]>();
        for (var slotOffset = HeaderSize; slotOffset < slotPages * PageSize; slotOffset += SlotSize)
        {
            var slot = bytes.Slice(slotOffset, SlotSize);
            if (BinaryPrimitives.ReadUInt32LittleEndian(slot) != SlotMagic)
            {
                throw new InventoryFormatException(path, $"bad ndb slot magic at offset {slotOffset}.");
            }
            var packageIndex = BinaryPrimitives.ReadUInt32LittleEndian(slot[4..]);
            var blockOffset = BinaryPrimitives.ReadUInt32LittleEndian(slot[8..]);
            var blockCount = BinaryPrimitives.ReadUInt32LittleEndian(slot[12..]);
            if (blockOffset != 0)
            {
                blobs.Add(Blob(path, bytes, packageIndex, blockOffset, blockCount));
            }
        }
        return blobs;
    }

    private static byte[] Blob(string path, ReadOnlySpan<byte> bytes, uint packageIndex, uint blockOffset, uint blockCount)
    {
        var start = (long)blockOffset * BlockSize;
        var end = start + (long)blockCount * BlockSize;
        if (end > bytes.Length || blockCount * BlockSize < BlobHeadSize + BlobTailSize)
        {
            throw new InventoryFormatException(path, $"the ndb blob of package {packageIndex} lies outside the file.");
        }
        var block = bytes[(int)start..(int)end];
        var length = BinaryPrimitives.ReadUInt32LittleEndian(block[12..]);
        if (BinaryPrimitives.ReadUInt32LittleEndian(block) != BlobHeadMagic
            || BinaryPrimitives.ReadUInt32LittleEndian(block[4..]) != packageIndex
            || BlobHeadSize + (long)length + BlobTailSize > block.Length)
        {
            throw new InventoryFormatException(path, $"the ndb blob of package {packageIndex} has a bad head.");
        }
        var tail = block[^BlobTailSize..];
        if (BinaryPrimitives.ReadUInt32LittleEndian(tail[4..]) != length || BinaryPrimitives.ReadUInt32LittleEndian(tail[8..]) != BlobTailMagic)
        {
            throw new InventoryFormatException(path, $"the ndb blob of package {packageIndex} has a bad tail.");
        }
        return block.Slice(BlobHeadSize, (int)length).ToArray();
    }
}
