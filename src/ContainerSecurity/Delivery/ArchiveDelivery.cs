using ContainerSecurity.Findings;

namespace ContainerSecurity.Delivery;

/// <summary>Copies the scanned archive to the user's path, atomically, so a half-written archive never appears there.</summary>
public static class ArchiveDelivery
{
    public static string Deliver(string scannedArchive, string requestedPath, string? repository)
    {
        var target = requestedPath;
        if (Directory.Exists(requestedPath) || requestedPath.EndsWith('/') || requestedPath.EndsWith('\\'))
        {
            // As the SDK does: a folder gets REPOSITORY.tar.gz, the repository's slashes becoming subfolders.
            var name = repository ?? Path.GetFileNameWithoutExtension(scannedArchive);
            target = Path.Combine(requestedPath, name.Replace('/', Path.DirectorySeparatorChar) + ".tar.gz");
        }
        try
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(target))!;
            Directory.CreateDirectory(directory);
            var temp = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
            File.Copy(scannedArchive, temp, overwrite: true);
            File.Move(temp, target, overwrite: true);
            return Path.GetFullPath(target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DeliveryException(DiagnosticCodes.DeliveryFailed, $"The scanned image could not be written to '{target}': {e.Message}", e);
        }
    }
}
