using System.Security.Cryptography;
using System.Text;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Delivery;

/// <summary>
/// The answers of a small registry for <see cref="ScriptedHttpServer"/>, with Basic auth on every /v2/ request; a test
/// overrides one step (<see cref="Upload"/>, <see cref="UploadLocation"/>, <see cref="BlobCheck"/>) to misbehave.
/// </summary>
internal sealed class ScriptedRegistry
{
    public const string User = "ci-user";
    public const string Password = "s3cret";
    public static readonly string Basic = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}"));

    /// <summary>Where POST .../blobs/uploads/ sends the client: a path on this registry, or a URL elsewhere.</summary>
    public Func<string, string> UploadLocation { get; set; } = repo => $"/v2/{repo}/blobs/uploads/{Guid.NewGuid():N}";

    /// <summary>The answer to the blob PUT; by default 201.</summary>
    public Func<ScriptedRequest, Stream, CancellationToken, Task> Upload { get; set; } = (_, s, ct) => ScriptedHttpServer.Answer(s, 201, ct: ct);

    /// <summary>The answer to HEAD .../blobs/DIGEST; by default 404 (not there yet).</summary>
    public Func<ScriptedRequest, Stream, CancellationToken, Task> BlobCheck { get; set; } = (_, s, ct) => ScriptedHttpServer.Answer(s, 404, ct: ct);

    public async Task Respond(ScriptedRequest request, Stream stream, CancellationToken ct)
    {
        if (request.Authorization != Basic)
        {
            await ScriptedHttpServer.Answer(stream, 401, "", ct, "WWW-Authenticate: Basic realm=\"registry\"");
            return;
        }
        var path = request.Path;
        if (path == "/v2/")
        {
            await ScriptedHttpServer.Answer(stream, 200, "{}", ct);
        }
        else if (request.Method == "HEAD")
        {
            await BlobCheck(request, stream, ct);
        }
        else if (request.Method == "POST" && path.EndsWith("/blobs/uploads/", StringComparison.Ordinal))
        {
            var repo = path["/v2/".Length..path.IndexOf("/blobs/", StringComparison.Ordinal)];
            await ScriptedHttpServer.Answer(stream, 202, "", ct, "Location: " + UploadLocation(repo));
        }
        else if (request.Method == "PUT" && path.Contains("/blobs/uploads/", StringComparison.Ordinal))
        {
            await Upload(request, stream, ct);
        }
        else if (request.Method == "PUT" && path.Contains("/manifests/", StringComparison.Ordinal))
        {
            await ScriptedHttpServer.Answer(stream, 201, "", ct, "Docker-Content-Digest: sha256:" + Convert.ToHexStringLower(SHA256.HashData(request.Body)));
        }
        else
        {
            await ScriptedHttpServer.Answer(stream, 404, "", ct);
        }
    }
}
