using System.Collections.Concurrent;

namespace ContainerSecurity.Network;

/// <summary>
/// Puts every request of one operation (a push, one scan's advisory downloads) under the <see cref="NetworkLimits"/>:
/// each request, body included, has the idle timeout; all share the deadline, counted from this handler's creation.
/// A host that stalled is not asked again in the same operation: its later requests fail at once with the same
/// reason, so a hung mirror costs one timeout, not one per file. The caller names what a request is for with
/// <see cref="What"/> ("uploading blob sha256:... to app/web"); a timeout is a <see cref="NetworkTimeoutException"/>.
/// </summary>
public sealed class WatchedHttpHandler : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<string> What = new("ContainerSecurity.What");

    private readonly NetworkLimits _limits;
    private readonly long _deadlineAt;
    private readonly ConcurrentDictionary<string, string> _stalledHosts = new(StringComparer.OrdinalIgnoreCase);

    public WatchedHttpHandler(HttpMessageHandler inner, NetworkLimits limits) : base(inner)
    {
        _limits = limits;
        _deadlineAt = Environment.TickCount64 + (long)Math.Min(limits.Deadline.TotalMilliseconds, long.MaxValue / 4);
    }

    /// <summary>An HttpClient for one operation: no client-wide timeout (the limits bound every request instead).</summary>
    public static HttpClient CreateClient(NetworkLimits limits, HttpMessageHandler? inner = null) =>
        new(new WatchedHttpHandler(inner ?? new SocketsHttpHandler { ConnectTimeout = limits.IdleTimeout }, limits)) { Timeout = Timeout.InfiniteTimeSpan };

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendAsync(request, cancellationToken).GetAwaiter().GetResult();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("A request without a URL.");
        var host = uri.GetLeftPart(UriPartial.Authority);
        var what = request.Options.TryGetValue(What, out var named) ? named : $"{request.Method} {uri.GetLeftPart(UriPartial.Path)}";
        if (_stalledHosts.TryGetValue(host, out var earlier))
        {
            throw new NetworkTimeoutException(host, $"{earlier} It was not asked again for {what}.");
        }
        var watch = new TransferWatch(_limits, host, what, _deadlineAt, _stalledHosts, cancellationToken);
        if (request.Content is { } body and not WatchedContent)
        {
            request.Content = new WatchedContent(body, watch, isRequest: true);
        }
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, watch.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (watch.Verdict is not null && e is not NetworkTimeoutException)
        {
            var failure = watch.Failure(e);
            watch.Dispose();
            throw failure;
        }
        catch
        {
            watch.Dispose();
            throw;
        }
        watch.Phase = "reading the answer";
        response.Content = new WatchedContent(response.Content, watch, isRequest: false);
        return response;
    }
}
