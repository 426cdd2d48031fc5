using System.Security.Cryptography;
using System.Text;

namespace ContainerSecurity.Images.Layers;

/// <summary>
/// Per-layer results on disk, keyed by the layer's digest and by what was asked of it (<paramref name="key"/>: the
/// engine version and the analyzers' versions), so a rebuild only reads the layers that changed — usually just the
/// app's. Each file is a <see cref="LayerCacheEntry"/>: it names its digest and key inside and carries a checksum, so a
/// damaged, truncated or swapped file is noticed, discarded and the layer read again. Writes are atomic (temp file +
/// rename), so builds sharing the folder never see half a file. Files of other keys (another engine version) have
/// other names and are left alone.
/// </summary>
public sealed class LayerCache(string directory, string key)
{
    private readonly string _keyTag = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{LayerCacheEntry.FormatVersion}/{key}")))[..16];

    /// <summary>The layer's cached results; null when there are none, or when they were damaged (<paramref name="problem"/> says how).</summary>
    internal LayerRecord? TryLoad(Descriptor layer, ImageReadLimits limits, long contentBudget, out string? problem)
    {
        problem = null;
        var path = PathFor(layer.Digest);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 64 * 1024);
            return LayerCacheEntry.Read(stream, stream.Length, key, layer.Digest, layer.Size, limits, contentBudget);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (LayerCacheEntryException e)
        {
            problem = $"The layer cache file '{path}' was damaged or did not match and was discarded: {e.Message}. Layer {layer.Digest} was read from the image again and its results rebuilt.";
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"The layer cache file '{path}' could not be read and was ignored ({e.Message}). Layer {layer.Digest} was read from the image again.";
            return null;
        }
    }

    internal void Store(string digest, LayerRecord record, ImageReadLimits limits)
    {
        var path = PathFor(digest);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(directory);
            bool fits;
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 64 * 1024))
            {
                LayerCacheEntry.Write(stream, key, digest, record);
                fits = stream.Length <= LayerCacheEntry.MaxBytes(limits);
            }
            if (fits)
            {
                File.Move(temp, path, overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache is an optimisation: a read-only or full disk must not fail the scan.
        }
        finally
        {
            TryDelete(temp);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next scan to overwrite; a temp name is never read.
        }
    }

    private string PathFor(string digest) => Path.Combine(directory, $"{digest.Replace(':', '-')}.{_keyTag}.layer");

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
