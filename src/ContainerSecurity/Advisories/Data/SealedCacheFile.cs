using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ContainerSecurity.Advisories.Data;

/// <summary>
/// A cache file that says what it is and proves it is whole. The first line is
/// <c>csec-cache KIND KEY LENGTH SHA256</c> (KIND carries the format version, KEY is a hash of what the content belongs
/// to, e.g. the source URL), then the content. Written atomically; read only after the size is checked (before
/// anything is allocated for it) and the checksum matches. Anything else is a <see cref="Sealed.Problem"/>: the caller
/// treats the file as absent and says so (CSEC5011).
/// </summary>
public static class SealedCacheFile
{
    private const string Magic = "csec-cache";
    private const int MaxHeaderBytes = 256;

    /// <summary>The content, or why there is none: both null when the file does not exist.</summary>
    public sealed record Sealed(ReadOnlyMemory<byte>? Content, string? Problem);

    public static void Write(string path, string kind, string key, ReadOnlySpan<byte> content)
    {
        var header = $"{Magic} {kind} {KeyHash(key)} {content.Length.ToString(CultureInfo.InvariantCulture)} {Convert.ToHexStringLower(SHA256.HashData(content))}\n";
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.tmp-{Guid.NewGuid():N}");
        try
        {
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                file.Write(Encoding.ASCII.GetBytes(header));
                file.Write(content);
                file.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <param name="maxContentBytes">Larger files are refused by their size, unread.</param>
    public static Sealed Read(string path, string kind, string key, long maxContentBytes)
    {
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                return new(null, null);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(null, $"it cannot be read: {e.Message}");
        }
        if (info.Length > maxContentBytes + MaxHeaderBytes)
        {
            return new(null, $"it is {info.Length:N0} bytes, more than such a file can be ({maxContentBytes:N0}); it was not read");
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(null, $"it cannot be read: {e.Message}");
        }
        var newline = Array.IndexOf(bytes, (byte)'\n', 0, Math.Min(bytes.Length, MaxHeaderBytes));
        var fields = newline < 0 ? [] : Encoding.ASCII.GetString(bytes, 0, newline).Split(' ');
        if (fields.Length != 5 || fields[0] != Magic)
        {
            return new(null, "it has no checksum header (damaged, or written by an older version)");
        }
        if (fields[1] != kind)
        {
            return new(null, $"it is a '{fields[1]}' file, not the '{kind}' this version reads");
        }
        if (fields[2] != KeyHash(key))
        {
            return new(null, "it belongs to another source");
        }
        var length = bytes.Length - newline - 1;
        if (!long.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var declared) || declared != length)
        {
            return new(null, $"it holds {length:N0} bytes where its header says {fields[3]} (truncated or appended to)");
        }
        var content = bytes.AsMemory(newline + 1);
        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(content.Span)), fields[4], StringComparison.Ordinal))
        {
            return new(null, "its content does not match its checksum (damaged or edited)");
        }
        return new(content, null);
    }

    private static string KeyHash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
}
