using System.Collections.Concurrent;

namespace ContainerSecurity.Network;

/// <summary>
/// The <see cref="NetworkLimits"/> for calls that do not go through <see cref="WatchedHttpHandler"/> (the Docker-API
/// client): one watch per call, stream reads counted as progress, a stall or the deadline a <see cref="NetworkTimeoutException"/>.
/// </summary>
public static class NetworkWatch
{
    /// <param name="call">Gets the token to pass on; what it reads through <paramref name="watchStream"/>'s result counts as progress.</param>
    public static async Task<T> RunAsync<T>(NetworkLimits limits, string host, string what, CancellationToken ct, Func<CancellationToken, Func<Stream, Stream>, Task<T>> call)
    {
        using var watch = new TransferWatch(limits, host, what, Environment.TickCount64 + (long)Math.Min(limits.Deadline.TotalMilliseconds, long.MaxValue / 4),
            new ConcurrentDictionary<string, string>(), ct);
        try
        {
            return await call(watch.Token, stream => new WatchedStream(stream, watch, disposeWatchAtEnd: false)).WaitAsync(watch.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (watch.Verdict is not null && e is not NetworkTimeoutException)
        {
            throw watch.Failure(e);
        }
    }

    public static Task RunAsync(NetworkLimits limits, string host, string what, CancellationToken ct, Func<CancellationToken, Func<Stream, Stream>, Task> call) =>
        RunAsync(limits, host, what, ct, async (token, watchStream) =>
        {
            await call(token, watchStream).ConfigureAwait(false);
            return true;
        });
}
