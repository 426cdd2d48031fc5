using System.Text;

namespace ContainerSecurity.Delivery;

/// <summary>
/// Writes a ustar archive of regular files whose sizes are known up front, copying each file's stream straight
/// through. System.Formats.Tar needs seekable data or output for that; a layer piped into a daemon is neither.
/// </summary>
internal sealed class StreamingTarWriter(Stream output)
{
    private const long MaxUstarSize = 077777777777; // 8 GiB - 1, the largest size ustar's 11 octal digits hold

    public async Task AddAsync(string name, long size, Stream content, CancellationToken ct)
    {
        if (Encoding.ASCII.GetByteCount(name) > 100 || size > MaxUstarSize)
        {
            throw new ArgumentException($"'{name}' ({size} bytes) does not fit a ustar header.");
        }
        var header = new byte[512];
        Put(header, 0, name, 100);
        Put(header, 100, "0000644", 8);
        Put(header, 108, "0000000", 8);
        Put(header, 116, "0000000", 8);
        Put(header, 124, Convert.ToString(size, 8).PadLeft(11, '0'), 12);
        Put(header, 136, "00000000000", 12);
        header[156] = (byte)'0';
        Put(header, 257, "ustar", 6);
        Put(header, 263, "00", 2);
        Array.Fill(header, (byte)' ', 148, 8);
        var checksum = header.Sum(b => b);
        Put(header, 148, Convert.ToString(checksum, 8).PadLeft(6, '0'), 7);
        await output.WriteAsync(header, ct);

        var buffer = new byte[128 * 1024];
        long copied = 0;
        int n;
        while ((n = await content.ReadAsync(buffer, ct)) > 0)
        {
            copied += n;
            if (copied > size)
            {
                throw new InvalidDataException($"'{name}' is longer than the {size} bytes declared for it.");
            }
            await output.WriteAsync(buffer.AsMemory(0, n), ct);
        }
        if (copied != size)
        {
            throw new InvalidDataException($"'{name}' has {copied} bytes, not the {size} declared for it.");
        }
        var padding = (int)((512 - size % 512) % 512);
        if (padding > 0)
        {
            await output.WriteAsync(new byte[padding], ct);
        }
    }

    public async Task FinishAsync(CancellationToken ct)
    {
        await output.WriteAsync(new byte[1024], ct);
        await output.FlushAsync(ct);
    }

    private static void Put(byte[] header, int offset, string value, int length) =>
        Encoding.ASCII.GetBytes(value, 0, Math.Min(value.Length, length), header, offset);
}
