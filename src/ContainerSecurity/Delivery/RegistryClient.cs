using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Delivery;

/// <summary>
/// The parts of the OCI distribution API a push needs: blob existence, cross-repository mount, monolithic upload and
/// manifest put, with Basic and Bearer token authentication.
/// </summary>
public sealed partial class RegistryClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly RegistryEndpoint _endpoint;
    private readonly RegistryCredential? _credential;
    private string? _scheme;
    private AuthenticationHeaderValue? _authorization;
    private string? _authorizedScope;

    public RegistryClient(RegistryEndpoint endpoint, RegistryCredential? credential)
    {
        _endpoint = endpoint;
        _credential = credential;
        var handler = new SocketsHttpHandler { AllowAutoRedirect = true, ConnectTimeout = TimeSpan.FromSeconds(30) };
        if (endpoint.Insecure)
        {
            handler.SslOptions.RemoteCertificateValidationCallback = (_, _, _, _) => true;
        }
        _http = new HttpClient(handler) { Timeout = TimeSpan.FromMinutes(30) };
    }

    public async Task<bool> BlobExistsAsync(string repository, string digest, CancellationToken ct)
    {
        using var response = await SendAsync(repository, () => new HttpRequestMessage(HttpMethod.Head, Url($"/v2/{repository}/blobs/{digest}")), ct);
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>Mounts a blob from another repository of the same registry; null when the registry started an upload instead.</summary>
    public async Task<Uri?> TryMountAsync(string repository, string digest, string fromRepository, CancellationToken ct)
    {
        using var response = await SendAsync(repository,
            () => new HttpRequestMessage(HttpMethod.Post, Url($"/v2/{repository}/blobs/uploads/?mount={Uri.EscapeDataString(digest)}&from={Uri.EscapeDataString(fromRepository)}")),
            ct, pullFrom: fromRepository);
        if (response.StatusCode == HttpStatusCode.Created)
        {
            return null;
        }
        return await UploadLocation(response, ct);
    }

    public async Task<Uri> StartUploadAsync(string repository, CancellationToken ct)
    {
        using var response = await SendAsync(repository, () => new HttpRequestMessage(HttpMethod.Post, Url($"/v2/{repository}/blobs/uploads/")), ct);
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
            return new HttpRequestMessage(HttpMethod.Put, target) { Content = body };
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
            return new HttpRequestMessage(HttpMethod.Put, Url($"/v2/{repository}/manifests/{reference}")) { Content = body };
        }, ct);
        await EnsureSuccess(response, $"putting manifest {repository}:{reference}", ct);
        return response.Headers.TryGetValues("Docker-Content-Digest", out var values) ? values.First() : Images.Digest.Of(bytes);
    }

    /// <summary>Reads a manifest back as stored, to prove what the registry now serves.</summary>
    public async Task<(byte[] Bytes, string? Digest)> GetManifestAsync(string repository, string reference, CancellationToken ct)
    {
        using var response = await SendAsync(repository, () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Get, Url($"/v2/{repository}/manifests/{reference}"));
            foreach (var type in new[] { Images.MediaTypes.OciManifest, Images.MediaTypes.OciIndex, Images.MediaTypes.DockerManifest, Images.MediaTypes.DockerManifestList })
            {
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(type));
            }
            return request;
        }, ct);
        await EnsureSuccess(response, $"reading manifest {repository}:{reference}", ct);
        var digest = response.Headers.TryGetValues("Docker-Content-Digest", out var values) ? values.First() : null;
        return (await response.Content.ReadAsByteArrayAsync(ct), digest);
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
                request.RequestUri = new Uri(new Uri($"{_scheme}://{_endpoint.Host}"), relative);
            }
            if (_authorization is not null && (_authorization.Scheme == "Basic" || _authorizedScope == scope))
            {
                request.Headers.Authorization = _authorization;
            }
            var response = await _http.SendAsync(request, ct);
            if (response.StatusCode != HttpStatusCode.Unauthorized || attempt > 0)
            {
                return response;
            }
            var challenge = response.Headers.WwwAuthenticate.FirstOrDefault();
            response.Dispose();
            await AuthenticateAsync(challenge, scope, ct);
        }
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
                using var response = await _http.GetAsync($"{scheme}://{_endpoint.Host}/v2/", ct);
                _scheme = scheme;
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
        if (_credential is null && challenge.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            throw Failure($"The registry {_endpoint.Host} needs credentials and none were found. Run 'docker login {_endpoint.Host}', or set DOTNET_CONTAINER_REGISTRY_UNAME and DOTNET_CONTAINER_REGISTRY_PWORD.");
        }
        if (challenge.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase))
        {
            _authorization = new AuthenticationHeaderValue("Basic", BasicValue(_credential!));
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
        var query = new StringBuilder("?");
        if (parameters.TryGetValue("service", out var service))
        {
            query.Append("service=").Append(Uri.EscapeDataString(service)).Append('&');
        }
        foreach (var s in scope.Split(' '))
        {
            query.Append("scope=").Append(Uri.EscapeDataString(s)).Append('&');
        }
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Get, realm + query.ToString().TrimEnd('&'));
        if (_credential is not null)
        {
            tokenRequest.Headers.Authorization = new AuthenticationHeaderValue("Basic", BasicValue(_credential));
        }
        using var tokenResponse = await _http.SendAsync(tokenRequest, ct);
        await EnsureSuccess(tokenResponse, $"getting a token from {realm}", ct);
        using var doc = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync(ct));
        var token = (doc.RootElement.TryGetProperty("token", out var t) ? t.GetString() : null)
            ?? (doc.RootElement.TryGetProperty("access_token", out var a) ? a.GetString() : null)
            ?? throw Failure($"The token service {realm} returned no token.");
        _authorization = new AuthenticationHeaderValue("Bearer", token);
        _authorizedScope = scope;
    }

    private static string BasicValue(RegistryCredential c) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{c.UserName}:{c.Secret}"));

    private Uri Url(string path) => new(path, UriKind.Relative);

    private async Task<Uri?> UploadLocation(HttpResponseMessage response, CancellationToken ct)
    {
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            await EnsureSuccess(response, "starting a blob upload", ct);
            return null;
        }
        var location = response.Headers.Location ?? throw Failure("The registry started an upload without a Location.");
        return location.IsAbsoluteUri ? location : new Uri(new Uri($"{_scheme}://{_endpoint.Host}"), location);
    }

    private async Task EnsureSuccess(HttpResponseMessage response, string what, CancellationToken ct)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }
        var body = await response.Content.ReadAsStringAsync(ct);
        var hint = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            ? $" Check the credentials for {_endpoint.Host} (docker login, or DOTNET_CONTAINER_REGISTRY_UNAME/PWORD)."
            : "";
        throw Failure($"The registry {_endpoint.Host} answered {(int)response.StatusCode} {response.ReasonPhrase} while {what}: {Truncate(body)}.{hint}");
    }

    private static string Truncate(string text) => text.Length <= 300 ? text.Trim() : text[..300] + "...";

    private static DeliveryException Failure(string message, Exception? inner = null) => new(DiagnosticCodes.DeliveryFailed, message, inner);

    [GeneratedRegex("(\\w+)=\"([^\"]*)\"")]
    private static partial Regex ChallengeParameter();

    public void Dispose() => _http.Dispose();
}
