using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace ContainerSecurity.Tests.Delivery;

/// <summary>
/// A loopback registry speaking just enough of the distribution API to test the client's auth flows and mounts:
/// Bearer tokens from a token endpoint (checking Basic credentials there), or plain Basic auth.
/// </summary>
internal sealed class FakeRegistry : IDisposable
{
    private HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly string _scheme;
    private readonly string _credentials;

    public ConcurrentDictionary<string, byte[]> Blobs { get; } = new();
    public ConcurrentDictionary<string, byte[]> Manifests { get; } = new();
    public ConcurrentBag<string> Log { get; } = [];
    public string Host { get; private set; } = "";

    public FakeRegistry(string scheme, string user, string password)
    {
        _scheme = scheme;
        _credentials = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
        for (var attempt = 0; ; attempt++)
        {
            // Another test may take the free port between probing and binding: try a fresh one.
            var port = FreePort();
            Host = $"localhost:{port}";
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add($"http://localhost:{port}/");
            try
            {
                _listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                _listener = new HttpListener();
            }
        }
        _ = Task.Run(Serve);
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    private async Task Serve()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            try
            {
                Handle(context);
            }
            catch (Exception e)
            {
                context.Response.StatusCode = 500;
                Log.Add("500 " + e.Message);
            }
            context.Response.Close();
        }
    }

    private void Handle(HttpListenerContext c)
    {
        var request = c.Request;
        var path = request.Url!.AbsolutePath;
        Log.Add($"{request.HttpMethod} {request.Url.PathAndQuery}");
        var auth = request.Headers["Authorization"] ?? "";
        if (path == "/token")
        {
            if (auth != "Basic " + _credentials)
            {
                c.Response.StatusCode = 401;
                return;
            }
            var scopes = string.Join(" ", request.QueryString.GetValues("scope") ?? []);
            Write(c, 200, Encoding.UTF8.GetBytes("{\"token\":\"" + Convert.ToBase64String(Encoding.UTF8.GetBytes(scopes)) + "\"}"));
            return;
        }
        var repo = path.StartsWith("/v2/", StringComparison.Ordinal) && path.Length > 4 ? path[4..path.LastIndexOf(path.Contains("/blobs/") ? "/blobs/" : "/manifests/", StringComparison.Ordinal)] : "";
        if (!Authorized(auth, repo))
        {
            c.Response.StatusCode = 401;
            c.Response.Headers["WWW-Authenticate"] = _scheme == "Bearer"
                ? $"Bearer realm=\"http://{Host}/token\",service=\"fake\",scope=\"repository:{repo}:pull,push\""
                : "Basic realm=\"fake\"";
            return;
        }
        if (path == "/v2/")
        {
            c.Response.StatusCode = 200;
            return;
        }
        if (path.Contains("/blobs/uploads/"))
        {
            if (request.HttpMethod == "POST")
            {
                var mount = request.QueryString["mount"];
                var from = request.QueryString["from"];
                if (mount is not null && Blobs.ContainsKey($"{from}@{mount}"))
                {
                    Blobs[$"{repo}@{mount}"] = Blobs[$"{from}@{mount}"];
                    c.Response.StatusCode = 201;
                    return;
                }
                c.Response.StatusCode = 202;
                c.Response.Headers["Location"] = $"/v2/{repo}/blobs/uploads/{Guid.NewGuid():N}";
                return;
            }
            using var body = new MemoryStream();
            request.InputStream.CopyTo(body);
            var digest = request.QueryString["digest"]!;
            var actual = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(body.ToArray()));
            c.Response.StatusCode = actual == digest ? 201 : 400;
            if (actual == digest)
            {
                Blobs[$"{repo}@{digest}"] = body.ToArray();
            }
            return;
        }
        if (path.Contains("/blobs/"))
        {
            c.Response.StatusCode = Blobs.ContainsKey($"{repo}@{path[(path.LastIndexOf('/') + 1)..]}") ? 200 : 404;
            return;
        }
        if (path.Contains("/manifests/") && request.HttpMethod == "PUT")
        {
            using var body = new MemoryStream();
            request.InputStream.CopyTo(body);
            var digest = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(body.ToArray()));
            Manifests[$"{repo}:{path[(path.LastIndexOf('/') + 1)..]}"] = body.ToArray();
            c.Response.Headers["Docker-Content-Digest"] = digest;
            c.Response.StatusCode = 201;
            return;
        }
        c.Response.StatusCode = 404;
    }

    private bool Authorized(string auth, string repo)
    {
        if (_scheme == "Basic")
        {
            return auth == "Basic " + _credentials;
        }
        if (!auth.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return false;
        }
        var scopes = Encoding.UTF8.GetString(Convert.FromBase64String(auth[7..]));
        return repo.Length == 0 || scopes.Contains($"repository:{repo}:pull,push", StringComparison.Ordinal) || scopes.Contains($"repository:{repo}:pull", StringComparison.Ordinal);
    }

    private static void Write(HttpListenerContext c, int status, byte[] body)
    {
        c.Response.StatusCode = status;
        c.Response.ContentType = "application/json";
        c.Response.OutputStream.Write(body);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
    }
}
