using System.Globalization;
using System.Text;

namespace ContainerSecurity.Images.Layers;

/// <summary>
/// Follows the tar structure as it streams and refuses a PAX extended header or GNU long name/link larger than the
/// limit before the tar reader sees it: System.Formats.Tar rents one buffer for such a header's whole data, whatever size
/// the header declares. It sizes data sections exactly as the tar reader does, including a PAX <c>size</c> record that
/// overrides the next header's size, so it never loses step with it.
/// </summary>
internal sealed class TarHeaderGuardStream(Stream tar, int maxHeaderBytes, string layer) : ReadOnlyStream(tar)
{
    private const int Block = 512;

    private readonly byte[] _header = new byte[Block];
    private int _headerFill;
    /// <summary>Data and padding bytes before the next header.</summary>
    private long _skip;
    private byte[] _pax = [];
    private int _paxLength;
    private int _paxFill;
    private long? _sizeOverride;
    private bool _ended;

    public override int Read(Span<byte> buffer)
    {
        var n = Inner.Read(buffer);
        Follow(buffer[..n]);
        return n;
    }

    private void Follow(ReadOnlySpan<byte> bytes)
    {
        while (!bytes.IsEmpty && !_ended)
        {
            if (_skip > 0)
            {
                var take = (int)Math.Min(_skip, bytes.Length);
                if (_paxFill < _paxLength)
                {
                    var keep = Math.Min(take, _paxLength - _paxFill);
                    bytes[..keep].CopyTo(_pax.AsSpan(_paxFill));
                    _paxFill += keep;
                    if (_paxFill == _paxLength)
                    {
                        _sizeOverride = PaxSize(_pax.AsSpan(0, _paxLength));
                    }
                }
                _skip -= take;
                bytes = bytes[take..];
                continue;
            }
            var n = Math.Min(Block - _headerFill, bytes.Length);
            bytes[..n].CopyTo(_header.AsSpan(_headerFill));
            _headerFill += n;
            bytes = bytes[n..];
            if (_headerFill == Block)
            {
                _headerFill = 0;
                OnHeader();
            }
        }
    }

    private void OnHeader()
    {
        var checksum = _header.AsSpan(148, 8);
        if (!checksum.ContainsAnyExcept((byte)0) || LeadingOctal(checksum) is 0)
        {
            // An end marker: the tar reader reads no further header.
            _ended = true;
            return;
        }
        if (LeadingOctal(checksum) is null)
        {
            // The tar reader may still accept a checksum this cannot read (found by fuzzing: "007750\0\x04"), and then
            // read a header this never sized; refusing is the only way not to lose step with it.
            throw new ImageFormatException($"{layer} has a tar header whose checksum cannot be read.");
        }
        if (!TryParseSize(_header.AsSpan(124, 12), out var size))
        {
            throw new ImageFormatException($"{layer} has a tar header whose size cannot be read.");
        }
        var type = (char)_header[156];
        _paxLength = _paxFill = 0;
        switch (type)
        {
            case 'x':
                RequireSmall(size, "PAX extended header");
                _sizeOverride = null;
                _paxLength = (int)size;
                if (_pax.Length < _paxLength)
                {
                    _pax = new byte[_paxLength];
                }
                _skip = Padded(size);
                return;
            case 'g':
                RequireSmall(size, "PAX global header");
                _skip = Padded(size);
                return;
            case 'L' or 'K':
                RequireSmall(size, "GNU long name");
                _skip = Padded(size);
                return;
        }
        if (_sizeOverride is { } overridden)
        {
            size = overridden;
            _sizeOverride = null;
        }
        // Links, devices, fifos and directories have no data section, whatever their size field says.
        _skip = type is '1' or '2' or '3' or '4' or '5' or '6' ? 0 : Padded(size);
    }

    private void RequireSmall(long size, string what)
    {
        if (size > maxHeaderBytes)
        {
            throw new ImageFormatException($"{layer} has a {what} of {size} bytes, more than the {maxHeaderBytes} allowed.");
        }
    }

    private long Padded(long size) =>
        size is >= 0 and <= long.MaxValue - Block
            ? (size + Block - 1) / Block * Block
            : throw new ImageFormatException($"{layer} has a tar entry of impossible size {size}.");

    /// <summary>The value of the <c>size</c> record among PAX records ("LEN key=value\n"), parsed as the tar reader parses it.</summary>
    private long? PaxSize(ReadOnlySpan<byte> records)
    {
        long? size = null;
        while (!records.IsEmpty)
        {
            var space = records.IndexOf((byte)' ');
            if (space <= 0 || !int.TryParse(records[..space], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || length <= space + 1 || length > records.Length)
            {
                // Malformed records make the tar reader refuse the header, so nothing after it matters.
                return size;
            }
            var record = records[(space + 1)..length];
            records = records[length..];
            var eq = record.IndexOf((byte)'=');
            if (record[^1] != (byte)'\n' || eq < 0)
            {
                return size;
            }
            var value = record[(eq + 1)..^1];
            if (record[..eq].SequenceEqual("size"u8) && !value.IsEmpty)
            {
                var text = Encoding.UTF8.GetString(value);
                size = long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= 0
                    ? parsed
                    : throw new ImageFormatException($"{layer} has a PAX header with an invalid size '{text}'.");
            }
        }
        return size;
    }

    /// <summary>
    /// The octal digits a field starts with (after spaces or NULs), whatever follows them, as lenient as any tar reader
    /// reads a checksum; null when there are none.
    /// </summary>
    private static long? LeadingOctal(ReadOnlySpan<byte> field)
    {
        field = field.TrimStart((ReadOnlySpan<byte>)[0, (byte)' ']);
        long value = 0;
        var digits = 0;
        foreach (var b in field)
        {
            if (b is < (byte)'0' or > (byte)'7' || value > long.MaxValue >> 3)
            {
                break;
            }
            value = value << 3 | (long)(b - '0');
            digits++;
        }
        return digits == 0 ? null : value;
    }

    /// <summary>Octal, or GNU base-256 when the high bit of the first byte is set; more lenient than the tar reader.</summary>
    private static bool TryParseSize(ReadOnlySpan<byte> field, out long value)
    {
        value = 0;
        if ((field[0] & 0x80) == 0)
        {
            return TryParseOctal(field, out value);
        }
        if ((field[0] & 0x40) != 0)
        {
            return false;
        }
        value = field[0] & 0x3f;
        foreach (var b in field[1..])
        {
            if (value > long.MaxValue >> 8)
            {
                return false;
            }
            value = value << 8 | b;
        }
        return true;
    }

    private static bool TryParseOctal(ReadOnlySpan<byte> field, out long value)
    {
        value = 0;
        field = field.Trim((ReadOnlySpan<byte>)[0, (byte)' ']);
        foreach (var b in field)
        {
            if (b is < (byte)'0' or > (byte)'7' || value > long.MaxValue >> 3)
            {
                return false;
            }
            value = value << 3 | (long)(b - '0');
        }
        return true;
    }
}
