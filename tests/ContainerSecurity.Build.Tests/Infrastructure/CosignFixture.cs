using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ContainerSecurity.Build.Tests.Infrastructure;

/// <summary>
/// Copies a fixture base image into a repository of its own (so its signatures belong to one test) and signs it the
/// way `cosign sign --key` lays a signature out: a manifest at tag sha256-HEX.sig whose one layer is the
/// simple-signing payload, with the base64 ECDSA signature in the dev.cosignproject.cosign/signature annotation.
/// Written here with the registry API and .NET's ECDSA, independently of the product's code.
/// </summary>
internal static class CosignFixture
{
    private static readonly HttpClient Http = new();
    private const string ManifestTypes = "application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.v2+json";

    /// <summary>Copies registry/csec/synthetic:1 to registry/target:1 (mounting its blobs) and returns the manifest digest.</summary>
    public static string CopyBase(string registry, string fromRepository, string toRepository)
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, $"http://{registry}/v2/{fromRepository}/manifests/1");
        get.Headers.TryAddWithoutValidation("Accept", ManifestTypes);
        using var response = Http.Send(get);
        response.EnsureSuccessStatusCode();
        var bytes = response.Content.ReadAsByteArrayAsync().Result;
        var mediaType = response.Content.Headers.ContentType!.MediaType!;
        using var manifest = JsonDocument.Parse(bytes);
        var blobs = manifest.RootElement.GetProperty("layers").EnumerateArray().Append(manifest.RootElement.GetProperty("config")).Select(d => d.GetProperty("digest").GetString()!);
        foreach (var blob in blobs)
        {
            using var mount = Http.Send(new HttpRequestMessage(HttpMethod.Post, $"http://{registry}/v2/{toRepository}/blobs/uploads/?mount={blob}&from={fromRepository}"));
            Assert.AreEqual(System.Net.HttpStatusCode.Created, mount.StatusCode, $"mount {blob}");
        }
        Put(registry, toRepository, "1", bytes, mediaType);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>Pushes a cosign signature of <paramref name="digest"/> (payload type <paramref name="type"/>) made with <paramref name="key"/>.</summary>
    public static void Sign(string registry, string repository, string digest, ECDsa key, string type = "cosign container image signature")
    {
        var payload = Encoding.UTF8.GetBytes($$$"""{"critical":{"identity":{"docker-reference":"{{{registry}}}/{{{repository}}}"},"image":{"docker-manifest-digest":"{{{digest}}}"},"type":"{{{type}}}"},"optional":null}""");
        var signature = Convert.ToBase64String(key.SignData(payload, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
        var config = Encoding.UTF8.GetBytes("""{"architecture":"","os":"","config":{},"rootfs":{"type":"layers","diff_ids":[]}}""");
        var payloadDigest = Upload(registry, repository, payload);
        var configDigest = Upload(registry, repository, config);
        var manifest = Encoding.UTF8.GetBytes($$$"""{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json","config":{"mediaType":"application/vnd.oci.image.config.v1+json","size":{{{config.Length}}},"digest":"{{{configDigest}}}"},"layers":[{"mediaType":"application/vnd.dev.cosign.simplesigning.v1+json","size":{{{payload.Length}}},"digest":"{{{payloadDigest}}}","annotations":{"dev.cosignproject.cosign/signature":"{{{signature}}}"}}]}""");
        Put(registry, repository, digest.Replace(':', '-') + ".sig", manifest, "application/vnd.oci.image.manifest.v1+json");
    }

    public static string WritePublicKey(string directory, ECDsa key)
    {
        var path = Path.Combine(directory, "cosign.pub");
        File.WriteAllText(path, key.ExportSubjectPublicKeyInfoPem());
        return path;
    }

    private static string Upload(string registry, string repository, byte[] bytes)
    {
        var digest = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));
        using var start = Http.Send(new HttpRequestMessage(HttpMethod.Post, $"http://{registry}/v2/{repository}/blobs/uploads/"));
        start.EnsureSuccessStatusCode();
        var location = start.Headers.Location!;
        var absolute = location.IsAbsoluteUri ? location : new Uri(new Uri($"http://{registry}"), location);
        var put = new HttpRequestMessage(HttpMethod.Put, absolute + (absolute.Query.Length > 0 ? "&" : "?") + "digest=" + Uri.EscapeDataString(digest)) { Content = new ByteArrayContent(bytes) };
        put.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var done = Http.Send(put);
        done.EnsureSuccessStatusCode();
        return digest;
    }

    private static void Put(string registry, string repository, string reference, byte[] bytes, string mediaType)
    {
        var put = new HttpRequestMessage(HttpMethod.Put, $"http://{registry}/v2/{repository}/manifests/{reference}") { Content = new ByteArrayContent(bytes) };
        put.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        using var response = Http.Send(put);
        Assert.IsTrue(response.IsSuccessStatusCode, $"{(int)response.StatusCode} putting {repository}:{reference}: {response.Content.ReadAsStringAsync().Result}");
    }
}
