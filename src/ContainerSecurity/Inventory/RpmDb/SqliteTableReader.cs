using System.Buffers.Binary;
using System.Text;

namespace ContainerSecurity.Inventory.RpmDb;

/// <summary>
/// Reads the rows of one table from an SQLite 3 database image without SQLite (sqlite.org/fileformat2.html):
/// finds the table's root page in sqlite_schema, walks its table b-tree and decodes each record, overflow pages included.
/// Reads the main file only: rows still in a -wal file next to it are not seen.
/// </summary>
internal sealed class SqliteTableReader
{
    private static readonly byte[] Magic = "SQLite format 3\0"u8.ToArray();
    private const int FileHeaderSize = 100;
    private const byte InteriorTablePage = 0x05;
    private const byte LeafTablePage = 0x0D;
    private const int MaxTreeDepth = 64;
    private const long SchemaRootPage = 1;

    private readonly string _path;
    private readonly ReadOnlyMemory<byte> _file;
    private readonly int _pageSize;
    private readonly int _usableSize;

    private SqliteTableReader(string path, ReadOnlyMemory<byte> file, int pageSize, int usableSize)
    {
        _path = path;
        _file = file;
        _pageSize = pageSize;
        _usableSize = usableSize;
    }

    public static bool IsSqlite(ReadOnlySpan<byte> file) => file.StartsWith(Magic);

    public static SqliteTableReader Open(string path, ReadOnlyMemory<byte> file)
    {
        var header = file.Span;
        if (header.Length < FileHeaderSize || !IsSqlite(header))
        {
            throw new InventoryFormatException(path, "not an SQLite 3 database.");
        }
        // The two-byte field cannot hold 65536, so the format writes 1 for it.
        var storedPageSize = BinaryPrimitives.ReadUInt16BigEndian(header[16..]);
        var pageSize = storedPageSize == 1 ? 65536 : storedPageSize;
        if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        {
            throw new InventoryFormatException(path, $"SQLite page size {pageSize} is not valid.");
        }
        return new SqliteTableReader(path, file, pageSize, pageSize - header[20]);
    }

    /// <summary>Each row of <paramref name="table"/> as its column values: null, long, double, string (text) or byte[] (blob).</summary>
    public IEnumerable<object?[]> Rows(string table)
    {
        if (table is "sqlite_schema" or "sqlite_master")
        {
            return Rows(SchemaRootPage, table);
        }
        var rootPage = Rows(SchemaRootPage, "sqlite_schema")
            .Where(row => row.Length >= 4 && row[0] is "table" && string.Equals(row[1] as string, table, StringComparison.OrdinalIgnoreCase))
            .Select(row => row[3] is long page ? page : 0)
            .FirstOrDefault();
        if (rootPage <= 0)
        {
            throw new InventoryFormatException(_path, $"the SQLite database has no table '{table}'.");
        }
        return Rows(rootPage, table);
    }

    private List<object?[]> Rows(long rootPage, string table)
    {
        var rows = new List<object?[]>();
        CollectRows(rootPage, table, rows, new HashSet<long>(), depth: 0);
        return rows;
    }

    private void CollectRows(long pageNumber, string table, List<object?[]> rows, HashSet<long> visited, int depth)
    {
        if (depth > MaxTreeDepth || !visited.Add(pageNumber))
        {
            throw new InventoryFormatException(_path, $"the b-tree of SQLite table '{table}' loops or is too deep.");
        }
        var page = Page(pageNumber);
        var headerStart = pageNumber == 1 ? FileHeaderSize : 0;
        var pageType = page[headerStart];
        var cellCount = BinaryPrimitives.ReadUInt16BigEndian(page[(headerStart + 3)..]);
        var cellPointers = headerStart + (pageType == InteriorTablePage ? 12 : 8);
        if (pageType is not (InteriorTablePage or LeafTablePage) || cellPointers + 2 * cellCount > page.Length)
        {
            throw new InventoryFormatException(_path, $"SQLite page {pageNumber} of table '{table}' is not a table b-tree page.");
        }
        for (var i = 0; i < cellCount; i++)
        {
            var cell = BinaryPrimitives.ReadUInt16BigEndian(page[(cellPointers + 2 * i)..]);
            if (cell >= page.Length)
            {
                throw new InventoryFormatException(_path, $"SQLite page {pageNumber} points outside itself.");
            }
            if (pageType == InteriorTablePage)
            {
                CollectRows(BinaryPrimitives.ReadUInt32BigEndian(page[cell..]), table, rows, visited, depth + 1);
            }
            else
            {
                rows.Add(DecodeRecord(Payload(page, cell)));
            }
        }
        if (pageType == InteriorTablePage)
        {
            CollectRows(BinaryPrimitives.ReadUInt32BigEndian(page[(headerStart + 8)..]), table, rows, visited, depth + 1);
        }
    }

    /// <summary>A leaf cell: payload size, rowid, the part of the payload that fits on the page, then the first overflow page.</summary>
    private byte[] Payload(ReadOnlySpan<byte> page, int cell)
    {
        var position = cell;
        var payloadSize = ReadVarint(page, ref position);
        ReadVarint(page, ref position);
        if (payloadSize is < 0 or > int.MaxValue)
        {
            throw new InventoryFormatException(_path, $"an SQLite cell announces {payloadSize} bytes.");
        }
        var local = LocalPayloadSize((int)payloadSize);
        if (position + local > page.Length)
        {
            throw new InventoryFormatException(_path, "an SQLite cell runs past its page.");
        }
        var payload = new byte[payloadSize];
        page.Slice(position, local).CopyTo(payload);
        var filled = local;
        var overflow = filled < payloadSize ? BinaryPrimitives.ReadUInt32BigEndian(page[(position + local)..]) : 0u;
        var visited = new HashSet<uint>();
        while (filled < payloadSize)
        {
            if (overflow == 0 || !visited.Add(overflow))
            {
                throw new InventoryFormatException(_path, "an SQLite overflow chain is broken.");
            }
            var overflowPage = Page(overflow);
            var chunk = Math.Min(_usableSize - 4, payload.Length - filled);
            overflowPage.Slice(4, chunk).CopyTo(payload.AsSpan(filled));
            filled += chunk;
            overflow = BinaryPrimitives.ReadUInt32BigEndian(overflowPage);
        }
        return payload;
    }

    private int LocalPayloadSize(int payloadSize)
    {
        var maxLocal = _usableSize - 35;
        if (payloadSize <= maxLocal)
        {
            return payloadSize;
        }
        var minLocal = (_usableSize - 12) * 32 / 255 - 23;
        var local = minLocal + (payloadSize - minLocal) % (_usableSize - 4);
        return local <= maxLocal ? local : minLocal;
    }

    private object?[] DecodeRecord(byte[] record)
    {
        var position = 0;
        var headerSize = ReadVarint(record, ref position);
        if (headerSize < position || headerSize > record.Length)
        {
            throw new InventoryFormatException(_path, "an SQLite record header is out of bounds.");
        }
        var serialTypes = new List<long>();
        while (position < headerSize)
        {
            serialTypes.Add(ReadVarint(record, ref position));
        }
        var values = new object?[serialTypes.Count];
        var body = (int)headerSize;
        for (var i = 0; i < serialTypes.Count; i++)
        {
            var size = ValueSize(serialTypes[i]);
            if (body + size > record.Length)
            {
                throw new InventoryFormatException(_path, "an SQLite record value runs past its record.");
            }
            values[i] = Value(serialTypes[i], record.AsSpan(body, size));
            body += size;
        }
        return values;
    }

    private static int ValueSize(long serialType) => serialType switch
    {
        0 or 8 or 9 => 0,
        >= 1 and <= 4 => (int)serialType,
        5 => 6,
        6 or 7 => 8,
        >= 12 => (int)((serialType - 12) / 2),
        _ => 0,
    };

    private static object? Value(long serialType, ReadOnlySpan<byte> bytes) => serialType switch
    {
        0 => null,
        8 => 0L,
        9 => 1L,
        7 => BinaryPrimitives.ReadDoubleBigEndian(bytes),
        >= 1 and <= 6 => SignedBigEndian(bytes),
        >= 12 when serialType % 2 == 0 => bytes.ToArray(),
        >= 13 => Encoding.UTF8.GetString(bytes),
        _ => null,
    };

    private static long SignedBigEndian(ReadOnlySpan<byte> bytes)
    {
        long value = (sbyte)bytes[0];
        foreach (var b in bytes[1..])
        {
            value = (value << 8) | b;
        }
        return value;
    }

    /// <summary>SQLite's big-endian varint: 7 bits a byte while the high bit is set, all 8 bits of a ninth byte.</summary>
    private long ReadVarint(ReadOnlySpan<byte> bytes, ref int position)
    {
        long value = 0;
        for (var i = 0; i < 9; i++)
        {
            if (position >= bytes.Length)
            {
                throw new InventoryFormatException(_path, "an SQLite varint runs past its page.");
            }
            var b = bytes[position++];
            if (i == 8)
            {
                return (value << 8) | b;
            }
            value = (value << 7) | (uint)(b & 0x7F);
            if ((b & 0x80) == 0)
            {
                return value;
            }
        }
        return value;
    }

    private ReadOnlySpan<byte> Page(long pageNumber)
    {
        var start = (pageNumber - 1) * _pageSize;
        if (pageNumber < 1 || start + _pageSize > _file.Length)
        {
            throw new InventoryFormatException(_path, $"SQLite page {pageNumber} is past the end of the file.");
        }
        return _file.Span.Slice((int)start, _pageSize);
    }
}
