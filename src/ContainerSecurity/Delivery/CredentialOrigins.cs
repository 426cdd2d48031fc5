using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace ContainerSecurity.Delivery;

/// <summary>
/// The one place that decides which Authorization header a request gets. The registry's credentials and the tokens
/// issued for it go only to the registry's own origin (scheme, host and port); an upload Location or a redirect on
/// any other origin gets none. The Basic credentials also go to the token realm the registry itself named in its
/// Bearer challenge, as docker, podman and the .NET SDK do, but only over HTTPS or to a loopback address (or to the
/// registry's own origin, which sees them anyway): never in clear text across a network.
/// </summary>
public sealed class CredentialOrigins(RegistryCredential? credential)
{
    private Uri? _registry;
    private AuthenticationHeaderValue? _header;
    private string? _tokenScope;

    public RegistryCredential? Credential => credential;

    /// <summary>The registry's origin, once its scheme is known.</summary>
    public Uri? Registry => _registry;

    public void SetRegistry(Uri origin) => _registry = new Uri(origin.GetLeftPart(UriPartial.Authority));

    public bool IsRegistry(Uri? url) => url is not null && _registry is not null && SameOrigin(url, _registry);

    /// <summary>The registry now takes these Basic credentials for every request.</summary>
    public void UseBasic()
    {
        _header = new AuthenticationHeaderValue("Basic", BasicValue(credential ?? throw new InvalidOperationException("No credentials to send.")));
        _tokenScope = null;
    }

    /// <summary>The registry issued this bearer token for <paramref name="scope"/>.</summary>
    public void UseToken(string token, string scope)
    {
        _header = new AuthenticationHeaderValue("Bearer", token);
        _tokenScope = scope;
    }

    /// <summary>The header a request to <paramref name="url"/> needing <paramref name="scope"/> gets; null for any other origin.</summary>
    public AuthenticationHeaderValue? For(Uri url, string scope) =>
        _header is null || !IsRegistry(url) ? null
        : _tokenScope is null || _tokenScope == scope ? _header
        : null;

    /// <summary>May the registry's Basic credentials go to this token realm (which the registry itself named)?</summary>
    public bool MaySendToRealm(Uri realm) =>
        realm.Scheme == Uri.UriSchemeHttps || realm.IsLoopback || IsLoopbackAddress(realm.Host) || IsRegistry(realm);

    /// <summary>The token request's header: the Basic credentials when allowed, else none (an anonymous token).</summary>
    public AuthenticationHeaderValue? ForRealm(Uri realm) =>
        credential is not null && MaySendToRealm(realm) ? new AuthenticationHeaderValue("Basic", BasicValue(credential)) : null;

    public static bool SameOrigin(Uri a, Uri b) =>
        a.IsAbsoluteUri && b.IsAbsoluteUri
        && string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase)
        && a.Port == b.Port;

    private static bool IsLoopbackAddress(string host) => IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);

    private static string BasicValue(RegistryCredential c) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{c.UserName}:{c.Secret}"));
}
