using System.Buffers.Binary;
using System.Text;

namespace ContainerSecurity.Inventory.RpmDb;

/// <summary>
/// The fields the inventory needs from one rpm header blob as the databases store it (rpm lib/header.c):
/// big-endian index count and data length, 16-byte index entries (tag, type, offset, count), then the data store.
/// </summary>
internal sealed record RpmHeader(string? Name, string? Version, string? Release, int? Epoch, string? Arch, string? SourceRpm)
{
    /// <summary>The npm and Python metadata files among the package's files (see <see cref="LanguagePackageFiles"/>).</summary>
    public IReadOnlyList<string> LanguageMetadataFiles { get; init; } = [];

    private const int TagName = 1000;
    private const int TagVersion = 1001;
    private const int TagRelease = 1002;
    private const int TagEpoch = 1003;
    private const int TagArch = 1022;
    private const int TagSourceRpm = 1044;
    private const int TagDirIndexes = 1116;
    private const int TagBaseNames = 1117;
    private const int TagDirNames = 1118;

    private const int TypeInt32 = 4;
    private const int TypeString = 6;
    private const int TypeStringArray = 8;
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
        (int Offset, int Count) baseNames = default, dirNames = default, dirIndexes = default;
        for (var i = 0; i < indexCount; i++)
        {
            var entry = blob.Slice(8 + i * EntrySize, EntrySize);
            var tag = BinaryPrimitives.ReadInt32BigEndian(entry);
            var type = BinaryPrimitives.ReadInt32BigEndian(entry[4..]);
            var offset = BinaryPrimitives.ReadInt32BigEndian(entry[8..]);
            var count = BinaryPrimitives.ReadInt32BigEndian(entry[12..]);
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
            else if (tag == TagBaseNames && type == TypeStringArray)
            {
                baseNames = (offset, count);
            }
            else if (tag == TagDirNames && type == TypeStringArray)
            {
                dirNames = (offset, count);
            }
            else if (tag == TagDirIndexes && type == TypeInt32)
            {
                dirIndexes = (offset, count);
            }
        }
        var languageFiles = LanguageFiles(data, baseNames, dirNames, dirIndexes);
        return new RpmHeader(
            strings.GetValueOrDefault(TagName),
            strings.GetValueOrDefault(TagVersion),
            strings.GetValueOrDefault(TagRelease),
            epoch,
            strings.GetValueOrDefault(TagArch),
            strings.GetValueOrDefault(TagSourceRpm) is "(none)" ? null : strings.GetValueOrDefault(TagSourceRpm))
        {
            LanguageMetadataFiles = languageFiles,
        };
    }

    /// <summary>
    /// A file's path is DIRNAMES[DIRINDEXES[i]] + BASENAMES[i]. Only the few base names a metadata file can have are
    /// joined, so a package with thousands of files costs one pass over its base names.
    /// </summary>
    private static List<string> LanguageFiles(ReadOnlySpan<byte> data, (int Offset, int Count) baseNames, (int Offset, int Count) dirNames, (int Offset, int Count) dirIndexes)
    {
        var found = new List<string>();
        if (baseNames.Count <= 0 || dirIndexes.Count != baseNames.Count || dirNames.Count <= 0
            || (long)dirIndexes.Offset + 4L * dirIndexes.Count > data.Length)
        {
            return found;
        }
        List<string>? directories = null;
        var position = baseNames.Offset;
        for (var i = 0; i < baseNames.Count && position < data.Length; i++)
        {
            var end = data[position..].IndexOf((byte)0);
            if (end < 0)
            {
                break;
            }
            var baseName = data.Slice(position, end);
            position += end + 1;
            if (!MayBeMetadata(baseName))
            {
                continue;
            }
            directories ??= StringArray(data, dirNames.Offset, dirNames.Count);
            var index = BinaryPrimitives.ReadInt32BigEndian(data[(dirIndexes.Offset + 4 * i)..]);
            if (index >= 0 && index < directories.Count)
            {
                var file = directories[index] + Encoding.UTF8.GetString(baseName);
                if (LanguagePackageFiles.IsMetadata(file))
                {
                    found.Add(file);
                }
            }
        }
        return found;
    }

    private static bool MayBeMetadata(ReadOnlySpan<byte> baseName) =>
        baseName.SequenceEqual("METADATA"u8) || baseName.SequenceEqual("PKG-INFO"u8) || baseName.SequenceEqual("package.json"u8)
        || baseName.EndsWith(".egg-info"u8);

    private static List<string> StringArray(ReadOnlySpan<byte> data, int offset, int count)
    {
        var values = new List<string>(Math.Min(count, 4096));
        var position = offset;
        for (var i = 0; i < count && position < data.Length; i++)
        {
            var end = data[position..].IndexOf((byte)0);
            if (end < 0)
            {
                break;
            }
            values.Add(Encoding.UTF8.GetString(data.Slice(position, end)));
            position += end + 1;
        }
        return values;
    }

    private static string NulTerminated(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.IndexOf((byte)0);
        return Encoding.UTF8.GetString(end < 0 ? bytes : bytes[..end]);
    }
}
