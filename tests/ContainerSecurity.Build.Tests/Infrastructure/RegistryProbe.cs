using System.Net;
using System.Net.Http.Headers;

namespace ContainerSecurity.Build.Tests.Infrastructure;

/// <summary>Asks a registry what it holds, the way a user's `docker pull` would see it.</summary>
internal static class RegistryProbe
{
    private static readonly HttpClient Http = new();

    /// <summary>The digest the registry serves for repository:reference, or null when it has nothing there.</summary>
    public static string? ManifestDigest(string registry, string repository, string reference, string? user = null, string? password = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, $"http://{registry}/v2/{repository}/manifests/{reference}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.oci.image.manifest.v1+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.oci.image.index.v1+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.docker.distribution.manifest.v2+json"));
        if (user is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{user}:{password}")));
        }
        using var response = Http.Send(request);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        return response.Headers.GetValues("Docker-Content-Digest").Single();
    }
}
