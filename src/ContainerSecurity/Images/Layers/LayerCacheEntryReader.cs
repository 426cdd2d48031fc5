using System.Buffers.Binary;
using System.Text;

namespace ContainerSecurity.Images.Layers;

/// <summary>
/// Reads the fields of a layer-cache entry's payload, never past its end: every length is checked against the bytes
/// left and against its own bound before anything is allocated for it.
/// </summary>
internal sealed class LayerCacheEntryReader(Stream input, long length)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly byte[] _scratch = new byte[8];
    private byte[] _text = new byte[256];

    public long Remaining { get; private set; } = length;

    public byte ReadByte() => Read(1)[0];

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Read(4));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Read(8));

    /// <summary>A count of items each at least <paramref name="minItemBytes"/> long: never negative, never more than <paramref name="max"/> or than the bytes left can hold.</summary>
    public int ReadCount(string what, int max, int minItemBytes)
    {
        var count = ReadInt32();
        if (count < 0 || count > max)
        {
            throw new LayerCacheEntryException($"it gives {count} as the number of {what} (0 to {max} allowed)");
        }
        if ((long)count * minItemBytes > Remaining)
        {
            throw new LayerCacheEntryException($"it says it holds {count} {what}, more than its remaining {Remaining} bytes can");
        }
        return count;
    }

    public string ReadString(string what, int maxBytes)
    {
        var bytes = ReadLength(what, maxBytes);
        if (bytes > _text.Length)
        {
            _text = new byte[Math.Max(bytes, _text.Length * 2)];
        }
        var span = _text.AsSpan(0, bytes);
        ReadExactly(span);
        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            throw new LayerCacheEntryException($"its {what} is not valid UTF-8");
        }
    }

    public byte[] ReadBytes(string what, long maxBytes)
    {
        var bytes = ReadLength(what, maxBytes);
        var content = bytes == 0 ? [] : new byte[bytes];
        ReadExactly(content);
        return content;
    }

    private int ReadLength(string what, long max)
    {
        var length = ReadInt32();
        if (length < 0 || length > max)
        {
            throw new LayerCacheEntryException($"it gives {length} bytes as the length of {what} (0 to {max} allowed)");
        }
        if (length > Remaining)
        {
            throw new LayerCacheEntryException($"it gives {length} bytes as the length of {what}, more than the {Remaining} left in it");
        }
        return length;
    }

    private ReadOnlySpan<byte> Read(int count)
    {
        var span = _scratch.AsSpan(0, count);
        ReadExactly(span);
        return span;
    }

    private void ReadExactly(Span<byte> span)
    {
        if (span.Length > Remaining)
        {
            throw new LayerCacheEntryException("it ends in the middle of a field");
        }
        input.ReadExactly(span);
        Remaining -= span.Length;
    }
}
