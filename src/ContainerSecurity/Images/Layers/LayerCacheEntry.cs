using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ContainerSecurity.Secrets;

namespace ContainerSecurity.Images.Layers;

/// <summary>
/// One layer's results as a self-verifying byte blob, the same bytes whatever stores them (a file now, a shared cache
/// later): <c>"CSECLAYR"</c>, the payload's length (int64), the payload, and the SHA-256 of the payload. The payload
/// starts with the format version, the cache key and the layer digest it belongs to. A reader checks the length against
/// what is there, the checksum before it parses, and every count and length against what is left and against the
/// scan's limits before it allocates — so a damaged, truncated, swapped or forged entry is rejected with the reason,
/// never read as an empty or partial layer.
/// </summary>
internal static class LayerCacheEntry
{
    public const int FormatVersion = 2;
    private static ReadOnlySpan<byte> Magic => "CSECLAYR"u8;
    private const int HeaderBytes = 16;
    private const int ChecksumBytes = 32;
    private const int MaxKeyBytes = 64 * 1024;
    private const int MaxDigestBytes = 256;
    private const int MaxMaskedBytes = 64;
    private const int MaxRuleIdBytes = 128;
    // Smallest encodings, so a count is checked against the bytes that could hold it.
    private const int MinPathBytes = 4;
    private const int MinEntryBytes = 4 + 1 + 8 + 12 + 1 + 1 + 1;
    private const int MinSecretBytes = 4 + 4 + 4;

    private enum ContentTag : byte { None, Bytes, SharedWithEarlierEntry }

    private enum FindingsTag : byte { None, Text, NotText }

    /// <summary>The most bytes an entry may have: all the content a scan keeps, and room for a million paths' metadata.</summary>
    public static long MaxBytes(ImageReadLimits limits) => limits.MaxContentBytes + 1024L * 1024 * 1024;

    public static void Write(Stream output, string key, string digest, LayerRecord record)
    {
        var start = output.Position;
        output.Write(Magic);
        output.Write(stackalloc byte[8]);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var payload = new HashingStream(output, hash);
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(FormatVersion);
            WriteString(writer, key);
            WriteString(writer, digest);
            writer.Write(record.CompressedSize);
            writer.Write(record.UncompressedSize);
            WriteStrings(writer, record.Opaque);
            WriteStrings(writer, record.Whiteouts);
            writer.Write(record.Entries.Count);
            var contentHolders = new Dictionary<byte[], int>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < record.Entries.Count; i++)
            {
                WriteEntry(writer, record.Entries[i], i, contentHolders);
            }
        }
        output.Write(hash.GetHashAndReset());
        var end = output.Position;
        output.Position = start + Magic.Length;
        Span<byte> length = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(length, payload.Written);
        output.Write(length);
        output.Position = end;
    }

    /// <exception cref="LayerCacheEntryException">The entry is damaged, belongs elsewhere, or goes past a limit.</exception>
    /// <param name="input">A seekable stream positioned at the entry's start, holding <paramref name="length"/> bytes of it.</param>
    /// <param name="contentBudget">How many bytes of file content the scan may still keep in memory.</param>
    public static LayerRecord Read(Stream input, long length, string key, string digest, long compressedSize, ImageReadLimits limits, long contentBudget)
    {
        if (length > MaxBytes(limits))
        {
            throw new LayerCacheEntryException($"it is {length} bytes, more than the {MaxBytes(limits)} a layer's results can take");
        }
        if (length < HeaderBytes + ChecksumBytes)
        {
            throw new LayerCacheEntryException($"it is only {length} bytes long: it was truncated");
        }
        var start = input.Position;
        Span<byte> header = stackalloc byte[HeaderBytes];
        input.ReadExactly(header);
        if (!header[..Magic.Length].SequenceEqual(Magic))
        {
            throw new LayerCacheEntryException("it does not start as a layer-cache entry does");
        }
        var payloadLength = BinaryPrimitives.ReadInt64LittleEndian(header[Magic.Length..]);
        if (payloadLength != length - HeaderBytes - ChecksumBytes)
        {
            throw new LayerCacheEntryException($"its length field says {payloadLength} bytes of results follow, but {length - HeaderBytes - ChecksumBytes} do: it was truncated, extended or damaged");
        }
        VerifyChecksum(input, payloadLength);
        input.Position = start + HeaderBytes;
        var reader = new LayerCacheEntryReader(input, payloadLength);
        var record = ReadPayload(reader, key, digest, compressedSize, limits, contentBudget);
        if (reader.Remaining != 0)
        {
            throw new LayerCacheEntryException($"it has {reader.Remaining} bytes after its last field");
        }
        return record;
    }

    private static void VerifyChecksum(Stream input, long payloadLength)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[64 * 1024];
        for (var left = payloadLength; left > 0;)
        {
            var read = input.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0)
            {
                throw new LayerCacheEntryException("it ended while its checksum was being computed");
            }
            hash.AppendData(buffer, 0, read);
            left -= read;
        }
        Span<byte> stored = stackalloc byte[ChecksumBytes];
        input.ReadExactly(stored);
        if (!hash.GetHashAndReset().AsSpan().SequenceEqual(stored))
        {
            throw new LayerCacheEntryException("its SHA-256 checksum does not match its content");
        }
    }

    private static LayerRecord ReadPayload(LayerCacheEntryReader reader, string key, string digest, long compressedSize, ImageReadLimits limits, long contentBudget)
    {
        var version = reader.ReadInt32();
        if (version != FormatVersion)
        {
            throw new LayerCacheEntryException($"it is in format version {version}, not {FormatVersion}");
        }
        if (reader.ReadString("the cache key", MaxKeyBytes) != key)
        {
            throw new LayerCacheEntryException("it was written by another engine or analyzer version than its name says");
        }
        var holds = reader.ReadString("the layer digest", MaxDigestBytes);
        if (holds != digest)
        {
            throw new LayerCacheEntryException($"it holds the results of layer {holds}, not of {digest}");
        }
        var record = new LayerRecord { CompressedSize = reader.ReadInt64(), UncompressedSize = reader.ReadInt64() };
        if (record.CompressedSize != compressedSize)
        {
            throw new LayerCacheEntryException($"it says the layer is {record.CompressedSize} bytes, but the image says {compressedSize}");
        }
        if (record.UncompressedSize < 0 || record.UncompressedSize > limits.MaxLayerBytes)
        {
            throw new LayerCacheEntryException($"it gives {record.UncompressedSize} bytes as the layer's uncompressed size (0 to {limits.MaxLayerBytes} allowed)");
        }
        ReadPaths(reader, record.Opaque, "opaque directories", limits);
        ReadPaths(reader, record.Whiteouts, "whiteouts", limits);
        var count = reader.ReadCount("files", limits.MaxEntriesPerLayer, MinEntryBytes);
        var content = new ContentTally(contentBudget);
        for (var i = 0; i < count; i++)
        {
            record.Entries.Add(ReadEntry(reader, record.Entries, limits, content));
        }
        return record;
    }

    private static void ReadPaths(LayerCacheEntryReader reader, List<string> paths, string what, ImageReadLimits limits)
    {
        var count = reader.ReadCount(what, limits.MaxEntriesPerLayer, MinPathBytes);
        for (var i = 0; i < count; i++)
        {
            paths.Add(ReadPath(reader, what, limits));
        }
    }

    private static string ReadPath(LayerCacheEntryReader reader, string what, ImageReadLimits limits)
    {
        var path = reader.ReadString($"a path among its {what}", limits.MaxPathLength * 3);
        if (path.Length > limits.MaxPathLength + 1 || ImagePath.FromEntryName(path) != path || !path.StartsWith('/'))
        {
            throw new LayerCacheEntryException($"'{Shorten(path)}' among its {what} is not a normalized path inside the image");
        }
        return path;
    }

    private static FileEntry ReadEntry(LayerCacheEntryReader reader, List<FileEntry> earlier, ImageReadLimits limits, ContentTally tally)
    {
        var path = ReadPath(reader, "files", limits);
        var kind = (FileKind)reader.ReadByte();
        if (!Enum.IsDefined(kind))
        {
            throw new LayerCacheEntryException($"file '{Shorten(path)}' has the unknown kind {(int)kind}");
        }
        var size = reader.ReadInt64();
        if (size < 0 || size > limits.MaxLayerBytes)
        {
            throw new LayerCacheEntryException($"file '{Shorten(path)}' has the size {size} (0 to {limits.MaxLayerBytes} allowed)");
        }
        var mode = reader.ReadInt32();
        var uid = reader.ReadInt32();
        var gid = reader.ReadInt32();
        var link = reader.ReadByte() switch
        {
            0 => null,
            1 => reader.ReadString($"the link target of '{Shorten(path)}'", limits.MaxPathLength * 3),
            var other => throw new LayerCacheEntryException($"file '{Shorten(path)}' has the unknown link marker {other}"),
        };
        var content = ReadContent(reader, path, earlier, tally);
        if (content is not null && content.LongLength != size)
        {
            throw new LayerCacheEntryException($"file '{Shorten(path)}' comes with {content.LongLength} bytes of content but has the size {size}");
        }
        var file = new ImageFile
        {
            Path = path, Kind = kind, Size = size, Mode = mode, Uid = uid, Gid = gid, LinkTarget = link, LayerIndex = 0, LayerDigest = "",
        };
        return new FileEntry(file, content, ReadFindings(reader, path));
    }

    private static byte[]? ReadContent(LayerCacheEntryReader reader, string path, List<FileEntry> earlier, ContentTally tally)
    {
        switch ((ContentTag)reader.ReadByte())
        {
            case ContentTag.None:
                return null;
            case ContentTag.Bytes:
                var content = reader.ReadBytes($"the content of '{Shorten(path)}'", Math.Min(tally.Left, Array.MaxLength));
                tally.Left -= content.Length;
                return content;
            case ContentTag.SharedWithEarlierEntry:
                var index = reader.ReadInt32();
                return index >= 0 && index < earlier.Count && earlier[index].Content is { } shared ? shared
                    : throw new LayerCacheEntryException($"file '{Shorten(path)}' shares the content of entry {index}, which has none");
            case var other:
                throw new LayerCacheEntryException($"file '{Shorten(path)}' has the unknown content marker {(int)other}");
        }
    }

    private static FileFindings? ReadFindings(LayerCacheEntryReader reader, string path)
    {
        switch ((FindingsTag)reader.ReadByte())
        {
            case FindingsTag.None:
                return null;
            case FindingsTag.NotText:
                return FileFindings.NotText;
            case FindingsTag.Text:
                var count = reader.ReadCount($"secrets in '{Shorten(path)}'", SecretScanner.MaxMatchesPerText, MinSecretBytes);
                if (count == 0)
                {
                    return FileFindings.Nothing;
                }
                var secrets = new List<SecretMatch>(count);
                for (var i = 0; i < count; i++)
                {
                    var id = reader.ReadString("a secret rule id", MaxRuleIdBytes);
                    var rule = SecretRules.All.FirstOrDefault(r => r.Id == id)
                        ?? throw new LayerCacheEntryException($"it names the unknown secret rule '{Shorten(id)}'");
                    var line = reader.ReadInt32();
                    var masked = reader.ReadString("a masked secret", MaxMaskedBytes);
                    if (line < 1 || !SecretMasker.LooksMasked(masked))
                    {
                        throw new LayerCacheEntryException($"a secret it lists in '{Shorten(path)}' has the line {line} or a value that is not masked");
                    }
                    secrets.Add(new SecretMatch(rule, line, masked));
                }
                return new FileFindings(false, secrets);
            case var other:
                throw new LayerCacheEntryException($"file '{Shorten(path)}' has the unknown findings marker {(int)other}");
        }
    }

    private static void WriteEntry(BinaryWriter writer, FileEntry entry, int index, Dictionary<byte[], int> contentHolders)
    {
        var f = entry.File;
        WriteString(writer, f.Path);
        writer.Write((byte)f.Kind);
        writer.Write(f.Size);
        writer.Write(f.Mode);
        writer.Write(f.Uid);
        writer.Write(f.Gid);
        writer.Write((byte)(f.LinkTarget is null ? 0 : 1));
        if (f.LinkTarget is not null)
        {
            WriteString(writer, f.LinkTarget);
        }
        if (entry.Content is null)
        {
            writer.Write((byte)ContentTag.None);
        }
        else if (contentHolders.TryGetValue(entry.Content, out var holder))
        {
            writer.Write((byte)ContentTag.SharedWithEarlierEntry);
            writer.Write(holder);
        }
        else
        {
            contentHolders[entry.Content] = index;
            writer.Write((byte)ContentTag.Bytes);
            writer.Write(entry.Content.Length);
            writer.Write(entry.Content);
        }
        switch (entry.Findings)
        {
            case null:
                writer.Write((byte)FindingsTag.None);
                break;
            case { Binary: true }:
                writer.Write((byte)FindingsTag.NotText);
                break;
            case var findings:
                writer.Write((byte)FindingsTag.Text);
                writer.Write(findings.Secrets.Count);
                foreach (var secret in findings.Secrets)
                {
                    WriteString(writer, secret.Rule.Id);
                    writer.Write(secret.Line);
                    WriteString(writer, secret.MaskedValue);
                }
                break;
        }
    }

    private static void WriteStrings(BinaryWriter writer, List<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            WriteString(writer, value);
        }
    }

    private static void WriteString(BinaryWriter writer, string value)
    {
        writer.Write(Encoding.UTF8.GetByteCount(value));
        writer.Write(Encoding.UTF8.GetBytes(value));
    }

    /// <summary>Text from the entry as a message may quote it: short, one line.</summary>
    private static string Shorten(string text) =>
        string.Concat((text.Length <= 80 ? text : text[..80] + "...").Select(c => char.IsControl(c) ? '?' : c));

    private sealed class ContentTally(long budget)
    {
        public long Left { get; set; } = budget;
    }

    /// <summary>Passes writes through while hashing them and counting their bytes.</summary>
    private sealed class HashingStream(Stream inner, IncrementalHash hash) : Stream
    {
        public long Written { get; private set; }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            hash.AppendData(buffer);
            inner.Write(buffer);
            Written += buffer.Length;
        }
    }
}
