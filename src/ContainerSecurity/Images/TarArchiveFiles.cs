using System.Formats.Tar;
using System.IO.Compression;

namespace ContainerSecurity.Images;

/// <summary>
/// A tar archive (plain or gzip) read without extracting anything to disk: one pass indexes the entries and keeps
/// the small ones in memory; a large entry is streamed by reading the archive again up to it.
/// </summary>
internal sealed class TarArchiveFiles : IArchiveFiles
{
    private const long KeepInMemoryLimit = 4 * 1024 * 1024;
    private const long TotalInMemoryLimit = 64 * 1024 * 1024;
    private const int MaxEntries = 200_000;

    private readonly string _path;
    private readonly Dictionary<string, long> _sizes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _small = new(StringComparer.Ordinal);

    public TarArchiveFiles(string path)
    {
        _path = path;
        try
        {
            Index();
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException or ArgumentException)
        {
            throw new ImageFormatException($"'{path}' is not a readable tar archive: {e.Message}", e);
        }
    }

    private void Index()
    {
        long kept = 0;
        using var reader = new TarReader(OpenDecompressed(), leaveOpen: false);
        while (reader.GetNextEntry() is { } entry)
        {
            if (_sizes.Count >= MaxEntries)
            {
                throw new ImageFormatException($"'{_path}' has more than {MaxEntries} entries; it is not an image archive.");
            }
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
            {
                continue;
            }
            var name = Normalize(entry.Name);
            _sizes[name] = entry.Length;
            if (entry.Length <= KeepInMemoryLimit && kept + entry.Length <= TotalInMemoryLimit && entry.DataStream is { } data)
            {
                var bytes = new byte[entry.Length];
                data.ReadExactly(bytes);
                _small[name] = bytes;
                kept += entry.Length;
            }
        }
    }

    private Stream OpenDecompressed()
    {
        var file = File.OpenRead(_path);
        Span<byte> magic = stackalloc byte[2];
        var n = file.Read(magic);
        file.Position = 0;
        return n == 2 && magic[0] == 0x1f && magic[1] == 0x8b ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    private static string Normalize(string name)
    {
        name = name.Replace('\\', '/');
        while (name.StartsWith("./", StringComparison.Ordinal))
        {
            name = name[2..];
        }
        return name.TrimStart('/');
    }

    public bool Exists(string path) => _sizes.ContainsKey(path);

    public long SizeOf(string path) => _sizes.TryGetValue(path, out var size) ? size : throw Missing(path);

    public byte[] ReadAll(string path, long limit)
    {
        var size = SizeOf(path);
        if (size > limit)
        {
            throw new ImageFormatException($"'{path}' is {size} bytes, more than the {limit} allowed for it.");
        }
        if (_small.TryGetValue(path, out var bytes))
        {
            return bytes;
        }
        using var stream = Open(path);
        var buffer = new byte[size];
        stream.ReadExactly(buffer);
        return buffer;
    }

    public Stream Open(string path)
    {
        if (_small.TryGetValue(path, out var bytes))
        {
            return new MemoryStream(bytes, writable: false);
        }
        if (!_sizes.ContainsKey(path))
        {
            throw Missing(path);
        }
        var reader = new TarReader(OpenDecompressed(), leaveOpen: false);
        while (reader.GetNextEntry() is { } entry)
        {
            if (Normalize(entry.Name) == path && entry.DataStream is { } data)
            {
                return new OwnedStream(data, reader);
            }
        }
        reader.Dispose();
        throw Missing(path);
    }

    private ImageFormatException Missing(string path) => new($"'{_path}' has no entry '{path}'.");

    public void Dispose() { }

    /// <summary>An entry's data stream that also disposes the reader it belongs to.</summary>
    private sealed class OwnedStream(Stream data, IDisposable owner) : Stream
    {
        public override int Read(byte[] buffer, int offset, int count) => data.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => data.Read(buffer);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => data.ReadAsync(buffer, cancellationToken);
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => data.Length;
        public override long Position { get => data.Position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                owner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
