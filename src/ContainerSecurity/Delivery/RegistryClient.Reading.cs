using System.Net;
using System.Net.Http.Headers;

namespace ContainerSecurity.Delivery;

/// <summary>Reads for the signature checks: a manifest that may be missing, and a small blob, bounded in size.</summary>
public sealed partial class RegistryClient
{
    /// <summary>The manifest under a tag or digest, or null when the registry has none (404).</summary>
    public async Task<(byte[] Bytes, string? Digest, string? MediaType)?> TryGetManifestAsync(string repository, string reference, int maxBytes, CancellationToken ct)
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
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        await EnsureSuccess(response, $"reading manifest {repository}:{reference}", ct);
        var bytes = await ReadBounded(response, maxBytes, $"manifest {repository}:{reference}", ct);
        var digest = response.Headers.TryGetValues("Docker-Content-Digest", out var values) ? values.First() : null;
        return (bytes, digest, response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>A blob of at most <paramref name="maxBytes"/>, checked against its digest.</summary>
    public async Task<byte[]> GetBlobAsync(string repository, string digest, int maxBytes, CancellationToken ct)
    {
        using var response = await SendAsync(repository, () => new HttpRequestMessage(HttpMethod.Get, Url($"/v2/{repository}/blobs/{digest}")), ct);
        await EnsureSuccess(response, $"reading blob {digest} of {repository}", ct);
        var bytes = await ReadBounded(response, maxBytes, $"blob {digest} of {repository}", ct);
        if (!Images.Digest.Of(bytes).Equals(digest, StringComparison.OrdinalIgnoreCase))
        {
            throw Failure($"The registry {_endpoint.Host} sent blob {digest} of {repository} with other content (its digest is {Images.Digest.Of(bytes)}).");
        }
        return bytes;
    }
}
