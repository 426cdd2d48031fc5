namespace ContainerSecurity.Advisories.Data;

/// <summary>
/// A cross-process lock on one cache folder: builds sharing the cache take turns, so two never download the same
/// data or write the same files. An exclusive FileStream is an flock on Linux and a share-mode lock on Windows.
/// </summary>
public sealed class CacheLock : IDisposable
{
    private readonly FileStream _stream;

    private CacheLock(FileStream stream) => _stream = stream;

    /// <exception cref="TimeoutException">Another build held the lock for longer than <paramref name="timeout"/>.</exception>
    public static CacheLock Acquire(string directory, TimeSpan timeout)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, ".lock");
        var deadline = DateTime.UtcNow + timeout;
        var wait = 20;
        while (true)
        {
            try
            {
                return new CacheLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(wait);
                wait = Math.Min(wait * 2, 500);
            }
            catch (IOException e)
            {
                throw new TimeoutException($"Another build has held the advisory cache lock {path} for over {timeout.TotalSeconds:0} s.", e);
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
