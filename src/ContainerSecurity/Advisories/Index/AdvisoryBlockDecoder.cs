using ContainerSecurity.Advisories.Osv;
using static ContainerSecurity.Advisories.Index.AdvisoryIndexFormat;

namespace ContainerSecurity.Advisories.Index;

/// <summary>Decodes one uncompressed block written by <see cref="AdvisoryBlockEncoder"/>.</summary>
internal static class AdvisoryBlockDecoder
{
    public static AdvisoryEntry[] Decode(ReadOnlySpan<byte> block, int expectedEntries)
    {
        var reader = new IndexBufferReader(block);
        var strings = new string[reader.ReadCount()];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = reader.ReadString();
        }

        var count = reader.ReadCount();
        if (count != expectedEntries)
        {
            throw IndexBufferReader.Corrupt($"a block of {count} entries where the name table says {expectedEntries}");
        }

        var entries = new AdvisoryEntry[count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = ReadEntry(ref reader, strings);
        }

        return reader.AtEnd ? entries : throw IndexBufferReader.Corrupt("data after a block's last entry");
    }

    private static AdvisoryEntry ReadEntry(ref IndexBufferReader reader, string[] strings)
    {
        var id = RequiredRef(ref reader, strings);
        var aliases = ReadRefs(ref reader, strings);
        var summary = ReadRef(ref reader, strings);
        var severity = (Severity)reader.ReadByte();
        var flags = (EntryFlags)reader.ReadByte();
        double? score = flags.HasFlag(EntryFlags.HasScore) ? reader.ReadDouble() : null;
        DateTimeOffset? modified = flags.HasFlag(EntryFlags.HasModified) ? ReadDate(ref reader) : null;
        var severitySource = ReadRef(ref reader, strings);
        var url = ReadRef(ref reader, strings);
        var ecosystem = RequiredRef(ref reader, strings);
        var packageName = RequiredRef(ref reader, strings);
        var ranges = new OsvRange[reader.ReadCount()];
        for (var i = 0; i < ranges.Length; i++)
        {
            ranges[i] = ReadRange(ref reader, strings);
        }

        return new AdvisoryEntry
        {
            Id = id,
            Aliases = aliases,
            Summary = summary,
            Severity = severity,
            Score = score,
            SeveritySource = severitySource,
            Url = url,
            Modified = modified,
            Ecosystem = ecosystem,
            PackageName = packageName,
            Ranges = ranges,
            Versions = ReadRefs(ref reader, strings),
            NuGetRange = ReadRef(ref reader, strings),
        };
    }

    private static DateTimeOffset ReadDate(ref IndexBufferReader reader)
    {
        var utcTicks = reader.ReadInt64();
        var offsetMinutes = reader.ReadInt16();
        try
        {
            return new DateTimeOffset(utcTicks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(offsetMinutes));
        }
        catch (ArgumentOutOfRangeException)
        {
            throw IndexBufferReader.Corrupt("a date out of range");
        }
    }

    private static OsvRange ReadRange(ref IndexBufferReader reader, string[] strings)
    {
        var type = ReadRef(ref reader, strings) ?? "";
        var events = new OsvEvent[reader.ReadCount()];
        for (var i = 0; i < events.Length; i++)
        {
            var fields = (EventFields)reader.ReadByte();
            events[i] = new OsvEvent
            {
                Introduced = fields.HasFlag(EventFields.Introduced) ? RequiredRef(ref reader, strings) : null,
                Fixed = fields.HasFlag(EventFields.Fixed) ? RequiredRef(ref reader, strings) : null,
                LastAffected = fields.HasFlag(EventFields.LastAffected) ? RequiredRef(ref reader, strings) : null,
                Limit = fields.HasFlag(EventFields.Limit) ? RequiredRef(ref reader, strings) : null,
            };
        }

        return new OsvRange { Type = type, Events = events };
    }

    private static string[] ReadRefs(ref IndexBufferReader reader, string[] strings)
    {
        var count = reader.ReadCount();
        if (count == 0)
        {
            return [];
        }

        var texts = new string[count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = RequiredRef(ref reader, strings);
        }

        return texts;
    }

    private static string RequiredRef(ref IndexBufferReader reader, string[] strings) =>
        ReadRef(ref reader, strings) ?? throw IndexBufferReader.Corrupt("a missing required string");

    private static string? ReadRef(ref IndexBufferReader reader, string[] strings)
    {
        var id = reader.Read7BitInt();
        return id == 0 ? null
            : id <= strings.Length ? strings[id - 1]
            : throw IndexBufferReader.Corrupt($"string reference {id} past a table of {strings.Length}");
    }
}
