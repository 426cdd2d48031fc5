using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ContainerSecurity.Tests.Fixtures;

/// <summary>
/// Damages or forges layer-cache entries the ways a disk, a careless tool or an attacker would. The forgeries are
/// resealed (length field and SHA-256 recomputed), so only the reader's own checks can catch them.
/// </summary>
internal static class CacheEntryTampering
{
    private const int HeaderBytes = 16;
    private const int ChecksumBytes = 32;

    /// <summary>What to do to which layer's entry, and the words the CSEC5011 warning must use for it.</summary>
    public static IEnumerable<object[]> Cases =>
    [
        ["truncated", "base", "it was truncated, extended or damaged"],
        ["random bytes", "base", "does not start as a layer-cache entry does"],
        ["bit flip", "base", "its SHA-256 checksum does not match its content"],
        ["2 GB length field", "base", "its length field says 2147483648 bytes"],
        ["negative file count", "base", "it gives -1 as the number of files"],
        ["negative content length", "base", "it gives -5 bytes as the length of the content of '/var/lib/dpkg/status'"],
        ["huge path string", "base", "it gives 1048576 bytes as the length of a path among its files"],
        ["another layer's entry", "base", "it holds the results of layer sha256:"],
        ["unmasked secret", "app", "a value that is not masked"],
    ];

    public static byte[] Apply(string how, byte[] entry, byte[] otherLayersEntry) => how switch
    {
        "truncated" => entry[..(entry.Length / 2)],
        "random bytes" => RandomBytes(entry.Length),
        "bit flip" => FlipBit(entry, entry.Length / 2),
        "2 GB length field" => WithInt64(entry, 8, 2L * 1024 * 1024 * 1024),
        "negative file count" => Reseal(WithInt32(entry, IndexOf(entry, VulnerableAppImage.FirstBasePath) - 8, -1)),
        "negative content length" => Reseal(WithInt32(entry, IndexOf(entry, "Package: zlib1g") - 4, -5)),
        "huge path string" => Reseal(ReplacePath(entry, VulnerableAppImage.FirstBasePath, "/" + new string('a', 1024 * 1024 - 1))),
        "another layer's entry" => otherLayersEntry,
        "unmasked secret" => Reseal(Replace(entry, VulnerableAppImage.MaskedPassword, VulnerableAppImage.Password[..VulnerableAppImage.MaskedPassword.Length])),
        _ => throw new ArgumentException(how),
    };

    /// <summary>Recomputes the length field and the checksum, as someone forging an entry would.</summary>
    public static byte[] Reseal(byte[] entry)
    {
        var copy = (byte[])entry.Clone();
        var payload = copy.AsSpan(HeaderBytes, copy.Length - HeaderBytes - ChecksumBytes);
        BinaryPrimitives.WriteInt64LittleEndian(copy.AsSpan(8), payload.Length);
        SHA256.HashData(payload).CopyTo(copy.AsSpan(copy.Length - ChecksumBytes));
        return copy;
    }

    /// <summary>
    /// The entry with its first path made <paramref name="length"/> bytes long and resealed (so its checksum holds),
    /// written to <paramref name="path"/> without ever holding the path in memory.
    /// </summary>
    public static void WriteWithHugePath(byte[] entry, int length, string path)
    {
        var at = IndexOf(entry, VulnerableAppImage.FirstBasePath) - 4;
        var rest = at + 4 + VulnerableAppImage.FirstBasePath.Length;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var output = File.Create(path);
        output.Write(entry, 0, 8);
        var header = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(header, entry.Length - HeaderBytes - ChecksumBytes - VulnerableAppImage.FirstBasePath.Length + (long)length);
        output.Write(header);
        void Payload(ReadOnlySpan<byte> bytes)
        {
            hash.AppendData(bytes);
            output.Write(bytes);
        }
        Payload(entry.AsSpan(HeaderBytes, at - HeaderBytes));
        var field = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(field, length);
        Payload(field);
        var chunk = Encoding.ASCII.GetBytes(new string('a', 1024 * 1024));
        for (long left = length; left > 0; left -= chunk.Length)
        {
            Payload(chunk.AsSpan(0, (int)Math.Min(left, chunk.Length)));
        }
        Payload(entry.AsSpan(rest, entry.Length - ChecksumBytes - rest));
        output.Write(hash.GetHashAndReset());
    }

    public static int IndexOf(byte[] entry, string text)
    {
        var at = entry.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text));
        return at >= 0 ? at : throw new ArgumentException($"'{text}' is not in the entry");
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(17).NextBytes(bytes);
        return bytes;
    }

    private static byte[] FlipBit(byte[] entry, int at)
    {
        var copy = (byte[])entry.Clone();
        copy[at] ^= 0x10;
        return copy;
    }

    private static byte[] WithInt32(byte[] entry, int at, int value)
    {
        var copy = (byte[])entry.Clone();
        BinaryPrimitives.WriteInt32LittleEndian(copy.AsSpan(at), value);
        return copy;
    }

    private static byte[] WithInt64(byte[] entry, int at, long value)
    {
        var copy = (byte[])entry.Clone();
        BinaryPrimitives.WriteInt64LittleEndian(copy.AsSpan(at), value);
        return copy;
    }

    private static byte[] Replace(byte[] entry, string text, string replacement)
    {
        var at = IndexOf(entry, text);
        var bytes = Encoding.UTF8.GetBytes(replacement);
        return [.. entry[..at], .. bytes, .. entry[(at + Encoding.UTF8.GetByteCount(text))..]];
    }

    /// <summary>Replaces a length-prefixed path with another of any length.</summary>
    private static byte[] ReplacePath(byte[] entry, string path, string replacement)
    {
        var at = IndexOf(entry, path) - 4;
        var bytes = Encoding.UTF8.GetBytes(replacement);
        var length = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
        return [.. entry[..at], .. length, .. bytes, .. entry[(at + 4 + Encoding.UTF8.GetByteCount(path))..]];
    }
}
