namespace ContainerSecurity.Advisories.Index;

/// <summary>
/// The layout of an advisory index file (all integers little-endian):
/// <code>
/// header      magic "CSADVIDX", int32 format version, int32 name count, int64 name table offset,
///             int32 name table length, uint64 FNV-1a hash of the name table
/// blocks      one zlib-compressed block per package name, in name order, back to back from the header's end
/// name table  per name, sorted ordinal ignoring case: string name, 7-bit compressed length,
///             7-bit uncompressed length, 7-bit entry count (a block's offset is the sum of the lengths before it)
/// </code>
/// A block holds its own string table (ids, summaries, urls and versions repeat across a package's releases), then the
/// entries, whose strings are 7-bit references into that table (0 = null, n = string n - 1).
/// </summary>
internal static class AdvisoryIndexFormat
{
    public static ReadOnlySpan<byte> Magic => "CSADVIDX"u8;
    /// <summary>Bump on any layout change: an older file then fails to open and is rebuilt.</summary>
    public const int FormatVersion = 1;
    public const int HeaderLength = 36;

    // Bounds that a corrupt length is checked against before anything is allocated for it.
    public const int MaxNameTableLength = 256 * 1024 * 1024;
    public const int MaxBlockLength = 512 * 1024 * 1024;
    // zlib cannot expand data by more than about 1032:1.
    public const int MaxCompressionRatio = 1100;

    [Flags]
    public enum EntryFlags : byte
    {
        None = 0,
        HasScore = 1,
        HasModified = 2,
    }

    [Flags]
    public enum EventFields : byte
    {
        None = 0,
        Introduced = 1,
        Fixed = 2,
        LastAffected = 4,
        Limit = 8,
    }
}
