using System.Buffers.Binary;
using System.Text;

namespace ContainerSecurity.Advisories.Index;

/// <summary>Reads the index's primitives from a buffer; every length and count is checked against what is left, so corrupt data throws instead of allocating.</summary>
internal ref struct IndexBufferReader(ReadOnlySpan<byte> buffer)
{
    private readonly ReadOnlySpan<byte> _buffer = buffer;
    private int _position;

    public readonly int Remaining => _buffer.Length - _position;

    public readonly bool AtEnd => _position == _buffer.Length;

    public byte ReadByte() => Take(1)[0];

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public short ReadInt16() => BinaryPrimitives.ReadInt16LittleEndian(Take(2));

    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

    /// <summary>A 7-bit encoded non-negative int, as BinaryWriter.Write7BitEncodedInt writes it.</summary>
    public int Read7BitInt()
    {
        uint result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = ReadByte();
            result |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result <= int.MaxValue ? (int)result : throw Corrupt("a negative length");
            }
        }

        throw Corrupt("a malformed 7-bit integer");
    }

    /// <summary>A count of items each at least <paramref name="minBytesEach"/> long, so it cannot exceed what is left.</summary>
    public int ReadCount(int minBytesEach = 1)
    {
        var count = Read7BitInt();
        return (long)count * minBytesEach <= Remaining ? count : throw Corrupt($"a count of {count} past the end");
    }

    /// <summary>A string as BinaryWriter.Write(string) writes it: 7-bit byte length, then UTF-8.</summary>
    public string ReadString()
    {
        var length = Read7BitInt();
        return Encoding.UTF8.GetString(Take(length));
    }

    private ReadOnlySpan<byte> Take(int length)
    {
        if (length > Remaining)
        {
            throw Corrupt("data past the end");
        }

        var span = _buffer.Slice(_position, length);
        _position += length;
        return span;
    }

    public static InvalidDataException Corrupt(string what) => new($"The advisory index is corrupt: {what}.");
}
