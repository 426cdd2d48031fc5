using ContainerSecurity.Advisories.Osv;
using static ContainerSecurity.Advisories.Index.AdvisoryIndexFormat;

namespace ContainerSecurity.Advisories.Index;

/// <summary>Encodes the entries of one package name as an uncompressed block: its string table, then the entries.</summary>
internal sealed class AdvisoryBlockEncoder
{
    private readonly Dictionary<string, int> _stringIds = new(StringComparer.Ordinal);
    private readonly List<string> _strings = [];
    private readonly MemoryStream _body = new();
    private readonly BinaryWriter _bodyWriter;

    public AdvisoryBlockEncoder() => _bodyWriter = new BinaryWriter(_body);

    /// <summary>Writes the block for <paramref name="entries"/> to <paramref name="output"/>; the encoder is reusable.</summary>
    public void Encode(IReadOnlyList<AdvisoryEntry> entries, BinaryWriter output)
    {
        _stringIds.Clear();
        _strings.Clear();
        _body.SetLength(0);

        _bodyWriter.Write7BitEncodedInt(entries.Count);
        foreach (var entry in entries)
        {
            WriteEntry(entry);
        }

        _bodyWriter.Flush();
        output.Write7BitEncodedInt(_strings.Count);
        foreach (var text in _strings)
        {
            output.Write(text);
        }

        output.Write(_body.GetBuffer(), 0, (int)_body.Length);
    }

    private void WriteEntry(AdvisoryEntry entry)
    {
        WriteRef(entry.Id);
        WriteRefs(entry.Aliases);
        WriteRef(entry.Summary);
        _bodyWriter.Write((byte)entry.Severity);
        var flags = (entry.Score is null ? EntryFlags.None : EntryFlags.HasScore)
            | (entry.Modified is null ? EntryFlags.None : EntryFlags.HasModified);
        _bodyWriter.Write((byte)flags);
        if (entry.Score is { } score)
        {
            _bodyWriter.Write(score);
        }

        if (entry.Modified is { } modified)
        {
            _bodyWriter.Write(modified.UtcTicks);
            _bodyWriter.Write((short)modified.Offset.TotalMinutes);
        }

        WriteRef(entry.SeveritySource);
        WriteRef(entry.Url);
        WriteRef(entry.Ecosystem);
        WriteRef(entry.PackageName);
        _bodyWriter.Write7BitEncodedInt(entry.Ranges.Count);
        foreach (var range in entry.Ranges)
        {
            WriteRange(range);
        }

        WriteRefs(entry.Versions);
        WriteRef(entry.NuGetRange);
    }

    private void WriteRange(OsvRange? range)
    {
        WriteRef(range?.Type);
        var events = range?.Events ?? [];
        _bodyWriter.Write7BitEncodedInt(events.Count);
        foreach (var osvEvent in events)
        {
            var fields = (osvEvent?.Introduced is null ? EventFields.None : EventFields.Introduced)
                | (osvEvent?.Fixed is null ? EventFields.None : EventFields.Fixed)
                | (osvEvent?.LastAffected is null ? EventFields.None : EventFields.LastAffected)
                | (osvEvent?.Limit is null ? EventFields.None : EventFields.Limit);
            _bodyWriter.Write((byte)fields);
            WriteRefIfSet(osvEvent?.Introduced);
            WriteRefIfSet(osvEvent?.Fixed);
            WriteRefIfSet(osvEvent?.LastAffected);
            WriteRefIfSet(osvEvent?.Limit);
        }
    }

    private void WriteRefIfSet(string? text)
    {
        if (text is not null)
        {
            WriteRef(text);
        }
    }

    private void WriteRefs(IReadOnlyList<string?> texts)
    {
        // A JSON null in a list deserialises as a null item; it carries nothing, so it is dropped.
        var count = 0;
        foreach (var text in texts)
        {
            count += text is null ? 0 : 1;
        }

        _bodyWriter.Write7BitEncodedInt(count);
        foreach (var text in texts)
        {
            WriteRefIfSet(text);
        }
    }

    private void WriteRef(string? text)
    {
        if (text is null)
        {
            _bodyWriter.Write7BitEncodedInt(0);
            return;
        }

        if (!_stringIds.TryGetValue(text, out var id))
        {
            id = _strings.Count;
            _strings.Add(text);
            _stringIds.Add(text, id);
        }

        _bodyWriter.Write7BitEncodedInt(id + 1);
    }
}
