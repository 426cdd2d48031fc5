using System.Buffers.Binary;

namespace ContainerSecurity.Tests.Inventory;

/// <summary>
/// Writes an rpm ndb Packages.db the way rpm's lib/backend/ndb/rpmpkg.c lays it out (this machine's rpm has no ndb backend):
/// header, slot pages, blobs in 16-byte blocks framed by head and tail with an Adler-32 over head, blob and padding.
/// </summary>
internal static class NdbFileWriter
{
    private const int PageSize = 4096;
    private const int BlockSize = 16;

    /// <param name="slots">Each slot's package index and header blob; a null blob leaves the slot free.</param>
    public static byte[] Write(IReadOnlyList<(uint PackageIndex, byte[]? Blob)> slots, int slotPages = 1)
    {
        var file = new MemoryStream();
        file.Write(new byte[slotPages * PageSize]);
        var header = new byte[32];
        Put(header, 0, Magic("RpmP"));
        Put(header, 4, 0);
        Put(header, 8, 7);
        Put(header, 12, (uint)slotPages);
        Put(header, 16, (uint)slots.Count + 1);
        var bytes = file.GetBuffer();
        header.CopyTo(bytes, 0);
        for (var offset = 32; offset < slotPages * PageSize; offset += 16)
        {
            Put(bytes, offset, Magic("Slot"));
        }

        var slotOffset = 32;
        foreach (var (packageIndex, blob) in slots)
        {
            if (blob is not null)
            {
                var blockOffset = (uint)(file.Length / BlockSize);
                var block = Block(packageIndex, blob);
                file.Seek(0, SeekOrigin.End);
                file.Write(block);
                bytes = file.GetBuffer();
                Put(bytes, slotOffset + 4, packageIndex);
                Put(bytes, slotOffset + 8, blockOffset);
                Put(bytes, slotOffset + 12, (uint)(block.Length / BlockSize));
            }
            slotOffset += 16;
        }
        return file.ToArray();
    }

    private static byte[] Block(uint packageIndex, byte[] blob)
    {
        var blockCount = (16 + blob.Length + 12 + BlockSize - 1) / BlockSize;
        var block = new byte[blockCount * BlockSize];
        Put(block, 0, Magic("BlbS"));
        Put(block, 4, packageIndex);
        Put(block, 8, 1_722_383_412);
        Put(block, 12, (uint)blob.Length);
        blob.CopyTo(block, 16);
        Put(block, block.Length - 12, Adler32(block.AsSpan(0, block.Length - 12)));
        Put(block, block.Length - 8, (uint)blob.Length);
        Put(block, block.Length - 4, Magic("BlbE"));
        return block;
    }

    private static uint Adler32(ReadOnlySpan<byte> data)
    {
        uint a = 1, b = 0;
        foreach (var d in data)
        {
            a = (a + d) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }

    private static uint Magic(string four) => BinaryPrimitives.ReadUInt32LittleEndian(System.Text.Encoding.ASCII.GetBytes(four));

    private static void Put(byte[] buffer, int offset, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(buffer.AsSpan(offset), value);
}
