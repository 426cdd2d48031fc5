using System.Formats.Tar;
using System.IO.Compression;
using ContainerSecurity.Images.Layers;

namespace ContainerSecurity.Images;

/// <summary>
/// A tar archive (plain or gzip) read without extracting anything to disk: one pass indexes the entries and keeps
/// the small ones in memory; a large entry is streamed by reading the archive again up to it. Every read goes through
/// the same guards as a layer's: PAX and GNU long-name headers are bounded before the tar reader allocates them, and a
/// tar.gz may not expand past <see cref="ImageReadLimits.MaxArchiveBytes"/> or the compression ratio.
/// </summary>
internal sealed class TarArchiveFiles : IArchiveFiles
{
    private readonly string _path;
    private readonly ImageReadLimits _limits;
    private readonly Dictionary<string, long> _sizes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte[]> _small = new(StringComparer.Ordinal);

    public TarArchiveFiles(string path, ImageReadLimits limits)
    {
        _path = path;
        _limits = limits;
        Guarded(Index);
    }

    /// <summary>What the tar reader and the decompressor throw for bytes they cannot read, as a CSEC9001 naming the archive.</summary>
    private T Guarded<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException or ArgumentException
            or InvalidOperationException or NotSupportedException or OverflowException)
        {
            throw new ImageFormatException($"'{_path}' is not a readable tar archive: {e.Message}", e);
        }
    }

    private void Guarded(Action read) => Guarded(() => { read(); return 0; });

    private void Index()
    {
        long kept = 0;
        var entries = 0;
        using var reader = new TarReader(OpenTar(), leaveOpen: false);
        while (reader.GetNextEntry() is { } entry)
        {
            if (++entries > _limits.MaxArchiveEntries)
            {
                throw new ImageFormatException($"'{_path}' has more than {_limits.MaxArchiveEntries} entries; it is not an image archive.");
            }
            if (entry.Name.Length > _limits.MaxPathLength)
            {
                throw new ImageFormatException($"'{_path}' has an entry name of {entry.Name.Length} characters, more than the {_limits.MaxPathLength} allowed.");
            }
            if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile))
            {
                continue;
            }
            var name = Normalize(entry.Name);
            _sizes[name] = entry.Length;
            if (entry.Length <= _limits.MaxArchiveEntryKeptBytes && kept + entry.Length <= _limits.MaxArchiveKeptBytes && entry.DataStream is { } data)
            {
                var bytes = new byte[entry.Length];
                data.ReadExactly(bytes);
                _small[name] = bytes;
                kept += entry.Length;
            }
        }
    }

    /// <summary>The archive's tar stream, decompressed and guarded.</summary>
    private Stream OpenTar()
    {
        var file = File.OpenRead(_path);
        Span<byte> magic = stackalloc byte[2];
        var n = file.Read(magic);
        file.Position = 0;
        Stream tar = file;
        if (n == 2 && magic[0] == 0x1f && magic[1] == 0x8b)
        {
            var compressed = new CountingStream(file);
            tar = new LayerSizeGuardStream(new GZipStream(compressed, CompressionMode.Decompress), compressed, _limits, $"'{_path}'", CancellationToken.None, _limits.MaxArchiveBytes);
        }
        return new BufferedStream(new TarHeaderGuardStream(tar, _limits.MaxHeaderBytes, $"'{_path}'"), 64 * 1024);
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
        Guarded(() => stream.ReadExactly(buffer));
        return buffer;
    }

    public Stream Open(string path) => Guarded(() => OpenEntry(path));

    private Stream OpenEntry(string path)
    {
        if (_small.TryGetValue(path, out var bytes))
        {
            return new MemoryStream(bytes, writable: false);
        }
        if (!_sizes.ContainsKey(path))
        {
            throw Missing(path);
        }
        var reader = new TarReader(OpenTar(), leaveOpen: false);
        try
        {
            while (reader.GetNextEntry() is { } entry)
            {
                if (Normalize(entry.Name) == path && entry.DataStream is { } data)
                {
                    return new OwnedStream(data, reader);
                }
            }
        }
        catch
        {
            reader.Dispose();
            throw;
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
