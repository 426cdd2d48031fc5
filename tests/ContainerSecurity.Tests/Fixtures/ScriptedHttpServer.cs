using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace ContainerSecurity.Tests.Fixtures;

/// <summary>
/// An HTTP/1.1 server on a loopback socket that writes exactly what the test scripts, byte by byte if it wants: an
/// answer, nothing at all, headers and then silence, or a body at one byte a second. Records every request's headers.
/// </summary>
internal sealed class ScriptedHttpServer : IDisposable
{
    private readonly TcpListener _listener;
    private readonly Func<ScriptedRequest, Stream, CancellationToken, Task> _respond;
    private readonly CancellationTokenSource _stop = new();

    /// <param name="hostName">How URLs name this server: 127.0.0.1 or localhost, so two servers can be two origins.</param>
    public ScriptedHttpServer(Func<ScriptedRequest, Stream, CancellationToken, Task> respond, string hostName = "127.0.0.1")
    {
        _respond = respond;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        Authority = $"{hostName}:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _ = Task.Run(AcceptLoop);
    }

    /// <summary>host:port, as a registry name.</summary>
    public string Authority { get; }

    public string Origin => $"http://{Authority}";

    public ConcurrentQueue<ScriptedRequest> Requests { get; } = new();

    public static async Task Write(Stream stream, string text, CancellationToken ct)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(text), ct);
        await stream.FlushAsync(ct);
    }

    /// <summary>A complete answer: status line, headers, Content-Length and body.</summary>
    public static Task Answer(Stream stream, int status, string body = "", CancellationToken ct = default, params string[] headers) =>
        Write(stream, $"HTTP/1.1 {status} X\r\n{string.Concat(headers.Select(h => h + "\r\n"))}Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}", ct);

    /// <summary>Sends <paramref name="text"/> one byte a second until cancelled.</summary>
    public static async Task Trickle(Stream stream, string text, CancellationToken ct)
    {
        foreach (var b in Encoding.ASCII.GetBytes(text))
        {
            await stream.WriteAsync(new[] { b }, ct);
            await stream.FlushAsync(ct);
            await Task.Delay(1000, ct);
        }
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception)
            {
                return;
            }
            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    var request = await ReadRequest(stream, _stop.Token);
                    if (request is null)
                    {
                        return;
                    }
                    Requests.Enqueue(request);
                    await _respond(request, stream, _stop.Token);
                }
            }
            catch (Exception)
            {
                // The client gave up or the test ended.
            }
        }
    }

    private static async Task<ScriptedRequest?> ReadRequest(Stream stream, CancellationToken ct)
    {
        var head = new List<byte>();
        var one = new byte[1];
        while (head.Count < 4 || head[^4] != '\r' || head[^3] != '\n' || head[^2] != '\r' || head[^1] != '\n')
        {
            // A TLS hello (0x16) is refused at once, as a plain-HTTP server does, so a client trying https first falls back.
            if (await stream.ReadAsync(one, ct) == 0 || (head.Count == 0 && one[0] == 0x16))
            {
                return null;
            }
            head.Add(one[0]);
        }
        var lines = Encoding.ASCII.GetString(head.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var parts = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        var body = Array.Empty<byte>();
        if (headers.TryGetValue("Content-Length", out var length) && long.Parse(length) is > 0 and var size)
        {
            body = new byte[size];
            await stream.ReadExactlyAsync(body, ct);
        }
        return new ScriptedRequest(parts[0], parts[1], headers, body);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }
}

internal sealed record ScriptedRequest(string Method, string Target, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Path => Target.Split('?')[0];

    public string? Authorization => Headers.TryGetValue("Authorization", out var value) ? value : null;
}
