using System.Text;

namespace ContainerSecurity.Images;

/// <summary>
/// Per-layer results on disk, keyed by the layer's digest and by what was asked of it (<paramref name="key"/>: the
/// engine version and the analyzers' versions), so a rebuild only reads the layers that changed — usually just the
/// app's. Writes are atomic (temp file + rename), so builds sharing the folder never see half a file.
/// </summary>
public sealed class LayerCache(string directory, string key)
{
    private const int FormatVersion = 1;
    private const int MaxStringBytes = 64 * 1024;

    internal LayerRecord? TryLoad(string digest)
    {
        var path = PathFor(digest);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path), Encoding.UTF8);
            if (reader.ReadInt32() != FormatVersion || reader.ReadString() != key)
            {
                return null;
            }
            var record = new LayerRecord { CompressedSize = reader.ReadInt64(), UncompressedSize = reader.ReadInt64() };
            ReadStrings(reader, record.Opaque);
            ReadStrings(reader, record.Whiteouts);
            var count = reader.ReadInt32();
            for (var i = 0; i < count; i++)
            {
                record.Entries.Add(ReadEntry(reader));
            }
            return record;
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException or ArgumentException or UnauthorizedAccessException)
        {
            // A damaged or unreadable cache entry only costs a fresh read of the layer.
            return null;
        }
    }

    internal void Store(string digest, LayerRecord record)
    {
        try
        {
            Directory.CreateDirectory(directory);
            var path = PathFor(digest);
            var temp = $"{path}.{Guid.NewGuid():N}.tmp";
            using (var writer = new BinaryWriter(File.Create(temp), Encoding.UTF8))
            {
                writer.Write(FormatVersion);
                writer.Write(key);
                writer.Write(record.CompressedSize);
                writer.Write(record.UncompressedSize);
                WriteStrings(writer, record.Opaque);
                WriteStrings(writer, record.Whiteouts);
                writer.Write(record.Entries.Count);
                foreach (var entry in record.Entries)
                {
                    WriteEntry(writer, entry);
                }
            }
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache is an optimisation: a read-only or full disk must not fail the scan.
        }
    }

    private string PathFor(string digest) => Path.Combine(directory, digest.Replace(':', '-') + ".layer");

    private static void WriteEntry(BinaryWriter writer, FileEntry entry)
    {
        var f = entry.File;
        writer.Write(f.Path);
        writer.Write((byte)f.Kind);
        writer.Write(f.Size);
        writer.Write(f.Mode);
        writer.Write(f.Uid);
        writer.Write(f.Gid);
        writer.Write(f.LinkTarget ?? "");
        writer.Write(entry.Content is null ? -1 : entry.Content.Length);
        if (entry.Content is not null)
        {
            writer.Write(entry.Content);
        }
    }

    private static FileEntry ReadEntry(BinaryReader reader)
    {
        var path = ReadString(reader);
        var kind = (FileKind)reader.ReadByte();
        var size = reader.ReadInt64();
        var mode = reader.ReadInt32();
        var uid = reader.ReadInt32();
        var gid = reader.ReadInt32();
        var link = ReadString(reader);
        var length = reader.ReadInt32();
        var content = length < 0 ? null : reader.ReadBytes(length);
        if (content is not null && content.Length != length)
        {
            throw new EndOfStreamException();
        }
        var file = new ImageFile
        {
            Path = path, Kind = kind, Size = size, Mode = mode, Uid = uid, Gid = gid,
            LinkTarget = link.Length == 0 ? null : link, LayerIndex = 0, LayerDigest = "",
        };
        return new FileEntry(file, content);
    }

    private static string ReadString(BinaryReader reader)
    {
        var value = reader.ReadString();
        return value.Length > MaxStringBytes ? throw new FormatException("cache entry string too long") : value;
    }

    private static void WriteStrings(BinaryWriter writer, List<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }

    private static void ReadStrings(BinaryReader reader, List<string> values)
    {
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            values.Add(ReadString(reader));
        }
    }

    /// <summary>The per-user default: $XDG_CACHE_HOME/containersecurity (~/.cache/containersecurity), or LocalAppData on Windows.</summary>
    public static string DefaultDirectory()
    {
        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var root = !string.IsNullOrEmpty(xdg) ? xdg
            : OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "containersecurity");
    }
}
