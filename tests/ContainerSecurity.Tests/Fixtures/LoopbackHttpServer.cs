using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace ContainerSecurity.Tests.Fixtures;

/// <summary>A real HTTP server on 127.0.0.1 that answers with whatever the test says and records every request.</summary>
internal sealed class LoopbackHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpListenerRequest, HttpListenerResponse, Task> _respond;
    private readonly Task _loop;

    public LoopbackHttpServer(Func<HttpListenerRequest, HttpListenerResponse, Task> respond)
    {
        _respond = respond;
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(Loop);
    }

    public string BaseUrl { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public int Count(string pathSuffix) => Requests.Count(r => r.Path.EndsWith(pathSuffix, StringComparison.Ordinal));

    private async Task Loop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            _ = Task.Run(async () =>
            {
                var request = context.Request;
                Requests.Enqueue(new RecordedRequest(request.Url!.AbsolutePath, request.RawUrl ?? "", request.Headers["If-None-Match"], request.Headers["If-Modified-Since"]));
                try
                {
                    await _respond(request, context.Response);
                    context.Response.Close();
                }
                catch (Exception)
                {
                    context.Response.Abort();
                }
            });
        }
    }

    public static async Task Send(HttpListenerResponse response, byte[] body, string? etag = null, DateTimeOffset? lastModified = null)
    {
        if (etag is not null)
        {
            response.Headers["ETag"] = etag;
        }
        if (lastModified is { } modified)
        {
            response.Headers["Last-Modified"] = modified.ToString("R");
        }
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }
}

internal sealed record RecordedRequest(string Path, string RawUrl, string? IfNoneMatch, string? IfModifiedSince);
