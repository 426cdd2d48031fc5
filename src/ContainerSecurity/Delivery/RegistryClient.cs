using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContainerSecurity.Findings;
using ContainerSecurity.Network;

namespace ContainerSecurity.Delivery;

/// <summary>
/// The parts of the OCI distribution API a push needs: blob existence, cross-repository mount, monolithic upload and
/// manifest put, with Basic and Bearer token authentication. Every request runs under the <see cref="NetworkLimits"/>
/// (idle timeout per request, one deadline for the whole push); <see cref="CredentialOrigins"/> decides which
/// request carries which credentials.
/// </summary>
public sealed partial class RegistryClient : IDisposable
{
    private const int MaxTokenResponseBytes = 1024 * 1024;
    private const int MaxManifestBytes = 4 * 1024 * 1024;
    private const int MaxErrorBodyBytes = 4096;
    private readonly HttpClient _http;
    private readonly RegistryEndpoint _endpoint;
    private readonly CredentialOrigins _credentials;
    private string? _scheme;

    public RegistryClient(RegistryEndpoint endpoint, RegistryCredential? credential, NetworkLimits? limits = null)
    {
        _endpoint = endpoint;
        _credentials = new CredentialOrigins(credential);
        limits ??= new NetworkLimits();
        // Redirects are followed by the handler, which drops the Authorization header on every redirect.
        var handler = new SocketsHttpHandler { AllowAutoRedirect = true, ConnectTimeout = limits.IdleTimeout };
        if (endpoint.Insecure)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        }
        _http = WatchedHttpHandler.CreateClient(limits, handler);
    }

    public async Task<bool> BlobExistsAsync(string repository, string digest, CancellationToken ct)
    {
        using var response = await SendAsync(repository, () => Request(HttpMethod.Head, Url($"/v2/{repository}/blobs/{digest}"), $"checking whether {repository} has blob {digest}"), ct);
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>Mounts a blob from another repository of the same registry; null when the registry started an upload instead.</summary>
    public async Task<Uri?> TryMountAsync(string repository, string digest, string fromRepository, CancellationToken ct)
    {
        using var response = await SendAsync(repository,
            () => Request(HttpMethod.Post, Url($"/v2/{repository}/blobs/uploads/?mount={Uri.EscapeDataString(digest)}&from={Uri.EscapeDataString(fromRepository)}"), $"mounting blob {digest} from {fromRepository} into {repository}"),
            ct, pullFrom: fromRepository);
        if (response.StatusCode == HttpStatusCode.Created)
        {
            return null;
        }
        return await UploadLocation(response, ct);
    }

    public async Task<Uri> StartUploadAsync(string repository, CancellationToken ct)
    {
        using var response = await SendAsync(repository, () => Request(HttpMethod.Post, Url($"/v2/{repository}/blobs/uploads/"), $"starting an upload to {repository}"), ct);
        return await UploadLocation(response, ct) ?? throw Failure($"The registry did not start an upload to {repository}.");
    }

    public async Task UploadAsync(string repository, Uri location, string digest, long size, Func<Stream> content, CancellationToken ct)
    {
        var separator = location.Query.Length > 0 ? "&" : "?";
        var target = new Uri(location + separator + "digest=" + Uri.EscapeDataString(digest));
        using var response = await SendAsync(repository, () =>
        {
            var body = new StreamContent(content());
            body.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            body.Headers.ContentLength = size;
            var request = Request(HttpMethod.Put, target, $"uploading blob {digest} to {repository}");
            request.Content = body;
            return request;
        }, ct);
        await EnsureSuccess(response, $"uploading blob {digest} to {repository}", ct);
    }

    /// <summary>Puts a manifest or index under a tag or digest and returns the digest the registry reports.</summary>
    public async Task<string> PutManifestAsync(string repository, string reference, byte[] bytes, string mediaType, CancellationToken ct)
    {
        using var response = await SendAsync(repository, () =>
        {
            var body = new ByteArrayContent(bytes);
            body.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
            var request = Request(HttpMethod.Put, Url($"/v2/{repository}/manifests/{reference}"), $"putting manifest {repository}:{reference}");
            request.Content = body;
            return request;
        }, ct);
        await EnsureSuccess(response, $"putting manifest {repository}:{reference}", ct);
        return response.Headers.TryGetValues("Docker-Content-Digest", out var values) ? values.First() : Images.Digest.Of(bytes);
    }

    /// <summary>Reads a manifest back as stored, to prove what the registry now serves.</summary>
    public async Task<(byte[] Bytes, string? Digest)> GetManifestAsync(string repository, string reference, CancellationToken ct)
    {
        using var response = await SendAsync(repository, () =>
        {
            var request = Request(HttpMethod.Get, Url($"/v2/{repository}/manifests/{reference}"), $"reading manifest {repository}:{reference}");
            foreach (var type in new[] { Images.MediaTypes.OciManifest, Images.MediaTypes.OciIndex, Images.MediaTypes.DockerManifest, Images.MediaTypes.DockerManifestList })
            {
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(type));
            }
            return request;
        }, ct);
        await EnsureSuccess(response, $"reading manifest {repository}:{reference}", ct);
        var digest = response.Headers.TryGetValues("Docker-Content-Digest", out var values) ? values.First() : null;
        return (await ReadBounded(response, MaxManifestBytes, $"the manifest {repository}:{reference}", ct), digest);
    }

    private async Task<HttpResponseMessage> SendAsync(string repository, Func<HttpRequestMessage> create, CancellationToken ct, string? pullFrom = null)
    {
        await EnsureSchemeAsync(ct);
        var scope = $"repository:{repository}:pull,push" + (pullFrom is null ? "" : $" repository:{pullFrom}:pull");
        for (var attempt = 0; ; attempt++)
        {
            var request = create();
            if (request.RequestUri is { IsAbsoluteUri: false } relative)
            {
                request.RequestUri = new Uri(_credentials.Registry!, relative);
            }
            request.Headers.Authorization = _credentials.For(request.RequestUri!, scope);
            var response = await _http.SendAsync(request, ct);
            // Only the registry's own challenge is answered: a 401 from an upload Location or redirect on another
            // origin must not make the client send the registry's credentials anywhere.
            if (response.StatusCode != HttpStatusCode.Unauthorized || attempt > 0 || !_credentials.IsRegistry(response.RequestMessage?.RequestUri))
            {
                return response;
            }
            var challenge = response.Headers.WwwAuthenticate.FirstOrDefault();
            response.Dispose();
            await AuthenticateAsync(challenge, scope, ct);
        }
    }

    private static HttpRequestMessage Request(HttpMethod method, Uri url, string what)
    {
        var request = new HttpRequestMessage(method, url);
        request.Options.Set(WatchedHttpHandler.What, what);
        return request;
    }

    private async Task EnsureSchemeAsync(CancellationToken ct)
    {
        if (_scheme is not null)
        {
            return;
        }
        foreach (var scheme in _endpoint.Insecure ? new[] { "https", "http" } : ["https"])
        {
            try
            {
                using var response = await _http.SendAsync(Request(HttpMethod.Get, new Uri($"{scheme}://{_endpoint.Host}/v2/"), "checking the registry's API version"), ct);
                _scheme = scheme;
                _credentials.SetRegistry(new Uri($"{scheme}://{_endpoint.Host}/"));
                return;
            }
            catch (HttpRequestException) when (scheme == "https" && _endpoint.Insecure)
            {
                // Insecure registries may speak plain HTTP, as the SDK allows.
            }
            catch (HttpRequestException e)
            {
                throw Failure($"The registry {_endpoint.Host} could not be reached: {e.Message}", e);
            }
        }
    }

    private async Task AuthenticateAsync(AuthenticationHeaderValue? challenge, string scope, CancellationToken ct)
    {
        if (challenge is null)
        {
            throw Failure($"The registry {_endpoint.Host} refused the request (401) without saying how to authenticate.");
        }
        if (_credentials.Credential is null && challenge.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            throw Failure($"The registry {_endpoint.Host} needs credentials and none were found. Run 'docker login {_endpoint.Host}', or set DOTNET_CONTAINER_REGISTRY_UNAME and DOTNET_CONTAINER_REGISTRY_PWORD.");
        }
        if (challenge.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            _credentials.UseBasic();
            return;
        }
        if (!challenge.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            throw Failure($"The registry {_endpoint.Host} asks for '{challenge.Scheme}' authentication, which is not supported.");
        }
        var parameters = ChallengeParameter().Matches(challenge.Parameter ?? "").ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.OrdinalIgnoreCase);
        if (!parameters.TryGetValue("realm", out var realm))
        {
            throw Failure($"The registry {_endpoint.Host} sent a Bearer challenge without a realm.");
        }
        if (!Uri.TryCreate(realm, UriKind.Absolute, out var realmUri) || realmUri.Scheme is not ("https" or "http"))
        {
            throw Failure($"The registry {_endpoint.Host} named a token realm '{Truncate(realm)}' that is not an http(s) URL.");
        }
        var query = new StringBuilder("?");
        if (parameters.TryGetValue("service", out var service))
        {
            query.Append("service=").Append(Uri.EscapeDataString(service)).Append('&');
        }
        foreach (var s in scope.Split(' '))
        {
            query.Append("scope=").Append(Uri.EscapeDataString(s)).Append('&');
        }
        var separator = realmUri.Query.Length > 0 ? "&" : "?";
        using var tokenRequest = Request(HttpMethod.Get, new Uri(realm + separator + query.ToString().TrimStart('?').TrimEnd('&')), $"getting a token from {realmUri.GetLeftPart(UriPartial.Path)}");
        tokenRequest.Headers.Authorization = _credentials.ForRealm(realmUri);
        using var tokenResponse = await _http.SendAsync(tokenRequest, ct);
        if (!tokenResponse.IsSuccessStatusCode && _credentials.Credential is not null && !_credentials.MaySendToRealm(realmUri))
        {
            throw Failure($"The registry {_endpoint.Host} named the token service {realmUri.GetLeftPart(UriPartial.Authority)}, which is plain HTTP on another host, so its credentials were not sent there; it answered {(int)tokenResponse.StatusCode} to an anonymous request. Use an HTTPS token service.");
        }
        await EnsureSuccess(tokenResponse, $"getting a token from {realmUri.GetLeftPart(UriPartial.Path)}", ct);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(await ReadBounded(tokenResponse, MaxTokenResponseBytes, "the token", ct));
        }
        catch (JsonException e)
        {
            throw Failure($"The token service {realmUri.GetLeftPart(UriPartial.Path)} did not answer with JSON: {e.Message}", e);
        }
        using var _ = doc;
        var token = (doc.RootElement.TryGetProperty("token", out var t) ? t.GetString() : null)
            ?? (doc.RootElement.TryGetProperty("access_token", out var a) ? a.GetString() : null)
            ?? throw Failure($"The token service {realm} returned no token.");
        _credentials.UseToken(token, scope);
    }

    private Uri Url(string path) => new(path, UriKind.Relative);

    private async Task<Uri?> UploadLocation(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            await EnsureSuccess(response, "starting a blob upload", ct);
            return null;
        }
        var location = response.Headers.Location ?? throw Failure("The registry started an upload without a Location.");
        return location.IsAbsoluteUri ? location : new Uri(_credentials.Registry!, location);
    }

    private async Task EnsureSuccess(HttpResponseMessage response, string what, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        var body = await ReadErrorBody(response, ct);
        var hint = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            ? $" Check the credentials for {_endpoint.Host} (docker login, or DOTNET_CONTAINER_REGISTRY_UNAME/PWORD)."
            : "";
        throw Failure($"The registry {_endpoint.Host} answered {(int)response.StatusCode} {response.ReasonPhrase} while {what}: {Truncate(body)}.{hint}");
    }

    /// <summary>A body the client needs whole, refused when longer than <paramref name="max"/> bytes.</summary>
    private async Task<byte[]> ReadBounded(HttpResponseMessage response, int max, string what, CancellationToken ct)
    {
        if (response.Content.Headers.ContentLength > max)
        {
            throw Failure($"The registry {_endpoint.Host} sent {response.Content.Headers.ContentLength:N0} bytes for {what}, more than the {max:N0} allowed.");
        }
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[Math.Min(max + 1, 81920)];
        using var copy = new MemoryStream();
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            if (copy.Length + read > max)
            {
                throw Failure($"The registry {_endpoint.Host} sent more than {max:N0} bytes for {what}.");
            }
            copy.Write(buffer, 0, read);
        }
        return copy.ToArray();
    }

    /// <summary>The start of an error answer, for the message; a huge or slow body is not waited for beyond that.</summary>
    private static async Task<string> ReadErrorBody(HttpResponseMessage response, CancellationToken ct)
    {
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[MaxErrorBodyBytes];
        var total = await body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct);
        return Encoding.UTF8.GetString(buffer, 0, total);
    }

    private static string Truncate(string text) => text.Length <= 300 ? text.Trim() : text[..300] + "...";

    private static DeliveryException Failure(string message, Exception? inner = null) => new(DiagnosticCodes.DeliveryFailed, message, inner);

    [GeneratedRegex("(\\w+)=\"([^\"]*)\"")]
    private static partial Regex ChallengeParameter();

    public void Dispose() => _http.Dispose();
}
