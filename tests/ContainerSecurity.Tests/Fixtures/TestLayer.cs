using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using ContainerSecurity.Images;
using ZstdSharp;

namespace ContainerSecurity.Tests.Fixtures;

/// <summary>A layer blob as a manifest lists it: the bytes, the media type claimed for them, the uncompressed digest.</summary>
internal sealed record LayerBlob(byte[] Bytes, string MediaType, string DiffId);

/// <summary>Builds one image layer entry by entry: files, directories, links, whiteouts, with modes and owners.</summary>
internal sealed class TestLayer(TarEntryFormat format = TarEntryFormat.Pax)
{
    public const string GzipMediaType = "application/vnd.oci.image.layer.v1.tar+gzip";
    public const string ZstdMediaType = "application/vnd.oci.image.layer.v1.tar+zstd";
    public const string TarMediaType = "application/vnd.oci.image.layer.v1.tar";

    private readonly List<TarEntry> _entries = [];

    public static int Octal(string digits) => Convert.ToInt32(digits, 8);

    public TestLayer File(string name, string content, string mode = "644", int uid = 0, int gid = 0) =>
        File(name, Encoding.UTF8.GetBytes(content), mode, uid, gid);

    public TestLayer File(string name, byte[] content, string mode = "644", int uid = 0, int gid = 0) =>
        Add(format == TarEntryFormat.V7 ? TarEntryType.V7RegularFile : TarEntryType.RegularFile, name, mode, uid, gid, data: content);

    public TestLayer Directory(string name, string mode = "755", int uid = 0, int gid = 0) =>
        Add(TarEntryType.Directory, name, mode, uid, gid);

    public TestLayer Symlink(string name, string target) => Add(TarEntryType.SymbolicLink, name, "777", 0, 0, link: target);

    public TestLayer HardLink(string name, string target, string mode = "644") => Add(TarEntryType.HardLink, name, mode, 0, 0, link: target);

    public TestLayer Fifo(string name) => Add(TarEntryType.Fifo, name, "644", 0, 0);

    /// <summary>Hides <paramref name="path"/> (and everything below it) of lower layers.</summary>
    public TestLayer Whiteout(string path)
    {
        var slash = path.LastIndexOf('/');
        return File(slash < 0 ? ".wh." + path : $"{path[..slash]}/.wh.{path[(slash + 1)..]}", "");
    }

    /// <summary>Hides what lower layers have below <paramref name="directory"/>.</summary>
    public TestLayer Opaque(string directory) => File($"{directory}/.wh..wh..opq", "");

    /// <summary>An entry exactly as given, for the entries a well-behaved writer would never produce.</summary>
    public TestLayer Add(TarEntry entry)
    {
        _entries.Add(entry);
        return this;
    }

    private TestLayer Add(TarEntryType type, string name, string mode, int uid, int gid, byte[]? data = null, string? link = null)
    {
        TarEntry entry = format switch
        {
            TarEntryFormat.V7 => new V7TarEntry(type, name),
            TarEntryFormat.Ustar => new UstarTarEntry(type, name),
            TarEntryFormat.Gnu => new GnuTarEntry(type, name),
            _ => new PaxTarEntry(type, name),
        };
        entry.Mode = (UnixFileMode)Octal(mode);
        entry.Uid = uid;
        entry.Gid = gid;
        if (link is not null)
        {
            entry.LinkName = link;
        }
        if (data is not null)
        {
            entry.DataStream = new MemoryStream(data);
        }
        return Add(entry);
    }

    public byte[] Tar()
    {
        using var output = new MemoryStream();
        using (var writer = new TarWriter(output, format, leaveOpen: true))
        {
            foreach (var entry in _entries)
            {
                entry.DataStream?.Seek(0, SeekOrigin.Begin);
                writer.WriteEntry(entry);
            }
        }
        return output.ToArray();
    }

    public LayerBlob Plain() => Blob(Tar(), TarMediaType, t => t);

    public LayerBlob Gzip() => Blob(Tar(), GzipMediaType, OciImageBuilder.Gzip);

    public LayerBlob Zstd() => Blob(Tar(), ZstdMediaType, Compress);

    private static LayerBlob Blob(byte[] tar, string mediaType, Func<byte[], byte[]> compress) => new(compress(tar), mediaType, Digest.Of(tar));

    public static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zstd = new CompressionStream(output, level: 3, leaveOpen: true))
        {
            zstd.Write(data);
        }
        return output.ToArray();
    }

    /// <summary>
    /// A gzip layer whose one file is <paramref name="zeroBytes"/> zeros, built without ever holding them: gzip members
    /// may be concatenated, so one compressed 16 MiB run of zeros is repeated.
    /// </summary>
    public static LayerBlob GzipBomb(long zeroBytes)
    {
        const int Chunk = 16 * 1024 * 1024;
        var header = UstarHeader("bomb.bin", zeroBytes);
        var zeros = Gzip(new byte[Chunk], CompressionLevel.SmallestSize);
        using var output = new MemoryStream();
        output.Write(Gzip(header, CompressionLevel.Fastest));
        for (var left = zeroBytes; left > 0; left -= Chunk)
        {
            output.Write(left >= Chunk ? zeros : Gzip(new byte[left], CompressionLevel.Fastest));
        }
        var padding = (int)((512 - zeroBytes % 512) % 512);
        output.Write(Gzip(new byte[padding + 1024], CompressionLevel.Fastest));
        return new LayerBlob(output.ToArray(), GzipMediaType, BombDiffId(header, zeroBytes + padding + 1024));
    }

    /// <summary>The real diff_id of a bomb small enough to be read to its end; a bigger one is always stopped by a limit first.</summary>
    private static string BombDiffId(byte[] header, long zeroBytes)
    {
        if (zeroBytes > 256L * 1024 * 1024)
        {
            return "sha256:" + new string('0', 64);
        }
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        hash.AppendData(header);
        var zeros = new byte[1024 * 1024];
        for (var left = zeroBytes; left > 0; left -= zeros.Length)
        {
            hash.AppendData(zeros, 0, (int)Math.Min(left, zeros.Length));
        }
        return "sha256:" + Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>The 512-byte ustar header of a regular file of any declared size (its data not written).</summary>
    public static byte[] UstarHeader(string name, long size)
    {
        using var output = new MemoryStream();
        using (var writer = new TarWriter(output, TarEntryFormat.Ustar, leaveOpen: true))
        {
            writer.WriteEntry(new UstarTarEntry(TarEntryType.RegularFile, name));
        }
        var header = output.ToArray()[..512];
        Encoding.ASCII.GetBytes(Convert.ToString(size, 8).PadLeft(11, '0') + "\0").CopyTo(header, 124);
        return WithChecksum(header);
    }

    public static byte[] WithChecksum(byte[] header)
    {
        "        "u8.CopyTo(header.AsSpan(148));
        var sum = header.Sum(b => b);
        Encoding.ASCII.GetBytes(Convert.ToString(sum, 8).PadLeft(6, '0') + "\0 ").CopyTo(header, 148);
        return header;
    }

    private static byte[] Gzip(byte[] data, CompressionLevel level)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, level, leaveOpen: true))
        {
            gz.Write(data);
        }
        return output.ToArray();
    }
}
