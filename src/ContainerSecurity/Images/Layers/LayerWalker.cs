using System.Buffers;
using System.Formats.Tar;
using ZstdSharp;

namespace ContainerSecurity.Images.Layers;

/// <summary>
/// Streams each layer once into an <see cref="ILayerSink"/>: its digest verified as it streams, decompressed by what
/// its bytes are, every size bounded, only the content the interest wants kept in memory, and the files it inspects
/// handed to it one at a time as they stream past. Knows nothing of what the content is for.
/// </summary>
internal sealed class LayerWalker(ImageArchive archive, IFileInterest interest, ImageReadLimits limits, CancellationToken ct)
{
    // Large enough to make few calls down the stream chain, small enough to stay off the large object heap.
    private const int BufferSize = 64 * 1024;
    private const string WhiteoutPrefix = ".wh.";
    private const string OpaqueMarker = ".wh..wh..opq";

    private long _keptBytes;
    private ILayerSink _sink = null!;

    /// <summary>Bytes of file content kept in memory so far, replayed layers included (<see cref="CountKept"/>).</summary>
    public long KeptBytes => _keptBytes;

    /// <summary>Counts content kept by a layer replayed from the cache against <see cref="ImageReadLimits.MaxContentBytes"/>.</summary>
    public void CountKept(long bytes) => _keptBytes += bytes;

    /// <returns>The layer's compressed and uncompressed sizes.</returns>
    /// <param name="diffId">The configuration's rootfs.diff_ids entry for this layer, checked against the uncompressed bytes; null when the configuration has none.</param>
    public (long Compressed, long Uncompressed) Read(int index, Descriptor descriptor, bool isBase, ILayerSink sink, string? diffId = null)
    {
        _sink = sink;
        var layer = new Layer(index, descriptor.Digest, isBase, $"Layer {index} ({descriptor.Digest})");
        try
        {
            using var compressed = new CountingStream(archive.OpenBlob(descriptor));
            var decompressed = LayerCompression.Decompress(new BufferedStream(compressed, BufferSize), out var checksFrame);
            // Hashing every layer would cost ~1 s per GB; only zstd can turn damage into garbage without noticing.
            var hashed = diffId is null || checksFrame || !diffId.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? null : new DiffIdStream(decompressed);
            using var uncompressed = new LayerSizeGuardStream(hashed ?? decompressed, compressed, limits, layer.Name, ct);
            using var tar = new BufferedStream(new TarHeaderGuardStream(uncompressed, limits.MaxHeaderBytes, layer.Name), BufferSize);
            ReadEntries(tar, layer);
            // What follows the tar's end (padding, trailing data) counts toward the limits too, and the blob's digest is
            // only checked once all of it has been read.
            tar.CopyTo(Stream.Null);
            compressed.CopyTo(Stream.Null);
            if (hashed is not null && !string.Equals(hashed.Digest, diffId, StringComparison.OrdinalIgnoreCase))
            {
                throw new ImageFormatException($"{layer.Name} does not decompress to what the image configuration says (diff_id {diffId}, got {hashed.Digest}): the layer is damaged.");
            }
            return (compressed.BytesRead, uncompressed.BytesRead);
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or FormatException or InvalidOperationException
            or NotSupportedException or ArgumentException or OverflowException or ZstdException)
        {
            throw new ImageFormatException($"{layer.Name} is not a readable tar layer: {e.Message}", e);
        }
    }

    private void ReadEntries(Stream tar, Layer layer)
    {
        using var reader = new TarReader(tar, leaveOpen: true);
        var entries = 0;
        while (reader.GetNextEntry() is { } entry)
        {
            ct.ThrowIfCancellationRequested();
            if (++entries > limits.MaxEntriesPerLayer)
            {
                throw new ImageFormatException($"{layer.Name} has more than {limits.MaxEntriesPerLayer} entries.");
            }
            if (entry.EntryType == TarEntryType.GlobalExtendedAttributes)
            {
                continue;
            }
            var path = PathOf(entry, layer);
            if (path == ImagePath.Root)
            {
                continue;
            }
            var slash = path.LastIndexOf('/');
            var name = path.AsSpan(slash + 1);
            if (name.StartsWith(WhiteoutPrefix, StringComparison.Ordinal))
            {
                WhiteOut(path[..slash], name);
                continue;
            }
            _sink.Add(ToFileEntry(entry, path, layer));
        }
    }

    private void WhiteOut(string directory, ReadOnlySpan<char> marker)
    {
        if (marker.SequenceEqual(OpaqueMarker))
        {
            _sink.MakeOpaque(directory.Length == 0 ? ImagePath.Root : directory);
            return;
        }
        var hidden = marker[WhiteoutPrefix.Length..];
        // ".wh..wh.*" are AUFS's own bookkeeping files, not whiteouts; "", "." and ".." name nothing to hide.
        if (hidden.StartsWith(WhiteoutPrefix, StringComparison.Ordinal) || hidden is "" or "." or "..")
        {
            return;
        }
        _sink.WhiteOut(string.Concat(directory, "/", hidden));
    }

    private string PathOf(TarEntry entry, Layer layer)
    {
        var name = entry.Name;
        if (name.Length > limits.MaxPathLength)
        {
            throw new ImageFormatException($"{layer.Name} has an entry name of {name.Length} characters, more than the {limits.MaxPathLength} allowed: '{name[..Math.Min(name.Length, 64)]}...'.");
        }
        return ImagePath.FromEntryName(name)
            ?? throw new ImageFormatException($"{layer.Name} has the entry '{name}', which leads outside the image root.");
    }

    private FileEntry ToFileEntry(TarEntry entry, string path, Layer layer)
    {
        var kind = entry.EntryType switch
        {
            TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile => FileKind.File,
            TarEntryType.Directory => FileKind.Directory,
            TarEntryType.SymbolicLink => FileKind.Symlink,
            TarEntryType.HardLink => FileKind.HardLink,
            _ => FileKind.Other,
        };
        long size = 0;
        string? linkTarget = null;
        byte[]? content = null;
        FileFindings? findings = null;
        switch (kind)
        {
            case FileKind.File:
                size = entry.Length;
                content = interest.Wants(path, size) ? Keep(entry, path, layer) : null;
                if (size <= limits.MaxInspectedFileBytes && interest.Inspects(path, size))
                {
                    findings = content is not null ? interest.Inspect(path, content) : Inspect(entry, path, (int)size);
                }
                break;
            case FileKind.Symlink:
                linkTarget = LinkName(entry, layer);
                break;
            case FileKind.HardLink:
                linkTarget = ImagePath.Clamp(LinkName(entry, layer));
                // A hard link is the file it links to as that file is now; later layers replacing that path leave it be.
                if (_sink.Find(linkTarget) is { File.Kind: FileKind.File or FileKind.HardLink } linked)
                {
                    size = linked.File.Size;
                    content = linked.Content is not null && interest.Wants(path, size) ? linked.Content : null;
                }
                break;
        }
        var file = new ImageFile
        {
            Path = path,
            Kind = kind,
            Size = size,
            Mode = (int)entry.Mode,
            Uid = entry.Uid,
            Gid = entry.Gid,
            LinkTarget = linkTarget,
            LayerIndex = layer.Index,
            LayerDigest = layer.Digest,
            FromBaseImage = layer.IsBase,
        };
        return new FileEntry(file, content, findings);
    }

    private FileFindings Inspect(TarEntry entry, string path, int size)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        try
        {
            var bytes = buffer.AsSpan(0, size);
            entry.DataStream?.ReadExactly(bytes);
            return interest.Inspect(path, entry.DataStream is null ? [] : bytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private string LinkName(TarEntry entry, Layer layer) =>
        entry.LinkName.Length <= limits.MaxPathLength
            ? entry.LinkName
            : throw new ImageFormatException($"{layer.Name} has a link target of {entry.LinkName.Length} characters, more than the {limits.MaxPathLength} allowed.");

    private byte[] Keep(TarEntry entry, string path, Layer layer)
    {
        var size = entry.Length;
        if (size > limits.MaxContentBytes - _keptBytes || size > Array.MaxLength)
        {
            throw new ImageFormatException(
                $"{layer.Name}: keeping the content of '{path}' ({size} bytes) would hold more than {limits.MaxContentBytes} bytes of file content in memory.");
        }
        var bytes = size == 0 ? [] : new byte[size];
        entry.DataStream?.ReadExactly(bytes);
        _keptBytes += size;
        return bytes;
    }

    private sealed record Layer(int Index, string Digest, bool IsBase, string Name);
}
