using System.Buffers.Binary;
using System.Text;

namespace ContainerSecurity.Inventory.RpmDb;

/// <summary>
/// The fields the inventory needs from one rpm header blob as the databases store it (rpm lib/header.c):
/// big-endian index count and data length, 16-byte index entries (tag, type, offset, count), then the data store.
/// </summary>
internal sealed record RpmHeader(string? Name, string? Version, string? Release, int? Epoch, string? Arch, string? SourceRpm)
{
    private const int TagName = 1000;
    private const int TagVersion = 1001;
    private const int TagRelease = 1002;
    private const int TagEpoch = 1003;
    private const int TagArch = 1022;
    private const int TagSourceRpm = 1044;

    private const int TypeInt32 = 4;
    private const int TypeString = 6;
    private const int TypeI18nString = 9;

    private const int EntrySize = 16;
    private const int MaxIndexEntries = 0xFFFF;
    private const int MaxDataLength = 256 * 1024 * 1024;

    /// <summary>Null when the bytes are not a header blob (BerkeleyDB also stores a record counter among the headers).</summary>
    public static RpmHeader? TryParse(ReadOnlySpan<byte> blob)
    {
        if (blob.Length < 8)
        {
            return null;
        }
        var indexCount = BinaryPrimitives.ReadInt32BigEndian(blob);
        var dataLength = BinaryPrimitives.ReadInt32BigEndian(blob[4..]);
        if (indexCount is < 1 or > MaxIndexEntries || dataLength is < 0 or > MaxDataLength || 8L + (long)indexCount * EntrySize + dataLength > blob.Length)
        {
            return null;
        }
        var data = blob.Slice(8 + indexCount * EntrySize, dataLength);
        var strings = new Dictionary<int, string>();
        int? epoch = null;
        for (var i = 0; i < indexCount; i++)
        {
            var entry = blob.Slice(8 + i * EntrySize, EntrySize);
            var tag = BinaryPrimitives.ReadInt32BigEndian(entry);
            var type = BinaryPrimitives.ReadInt32BigEndian(entry[4..]);
            var offset = BinaryPrimitives.ReadInt32BigEndian(entry[8..]);
            if (offset < 0 || offset >= dataLength)
            {
                continue;
            }
            // Later entries win: rpm appends "dribble" entries after the immutable region to override it.
            if (tag is TagName or TagVersion or TagRelease or TagArch or TagSourceRpm && type is TypeString or TypeI18nString)
            {
                strings[tag] = NulTerminated(data[offset..]);
            }
            else if (tag == TagEpoch && type == TypeInt32 && offset + 4 <= dataLength)
            {
                epoch = BinaryPrimitives.ReadInt32BigEndian(data[offset..]);
            }
        }
        return new RpmHeader(
            strings.GetValueOrDefault(TagName),
            strings.GetValueOrDefault(TagVersion),
            strings.GetValueOrDefault(TagRelease),
            epoch,
            strings.GetValueOrDefault(TagArch),
            strings.GetValueOrDefault(TagSourceRpm) is "(none)" ? null : strings.GetValueOrDefault(TagSourceRpm));
    }

    private static string NulTerminated(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.IndexOf((byte)0);
        return Encoding.UTF8.GetString(end < 0 ? bytes : bytes[..end]);
    }
}
