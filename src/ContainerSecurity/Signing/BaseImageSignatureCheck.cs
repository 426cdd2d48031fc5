using ContainerSecurity.Delivery;
using ContainerSecurity.Findings;
using ContainerSecurity.Images;
using ContainerSecurity.Settings;

namespace ContainerSecurity.Signing;

/// <summary>
/// CSEC6001/CSEC6002: each base image under a ContainerSecurityBaseImageSigner scope must carry a cosign signature of
/// its manifest digest that one of the scope's keys verifies. Reads the registry; an unreachable one is CSEC9009.
/// </summary>
public static class BaseImageSignatureCheck
{
    public const string ItemName = "ContainerSecurityBaseImageSigner";
    public const int MaxManifestBytes = 4 * 1024 * 1024;
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>A base image to check: its reference and, when the built image records it, its manifest digest.</summary>
    public sealed record BaseImage(ImageReference Reference, string? ManifestDigest);

    public static IReadOnlyList<Finding> Run(IEnumerable<BaseImage> bases, IReadOnlyList<BaseImageSigner> signers, SettingLocator locator, Func<string, string?> environment)
    {
        var findings = new List<Finding>();
        if (signers.Count == 0)
            return findings;
        foreach (var image in bases.DistinctBy(b => (b.Reference.ToString(), b.ManifestDigest)))
        {
            var scope = signers.Where(s => s.Covers(image.Reference)).ToList();
            if (scope.Count == 0)
                continue;
            var location = locator.Item(ItemName, scope[0].Scope);
            var keys = new List<SignaturePublicKey>();
            try
            {
                foreach (var signer in scope)
                {
                    try
                    {
                        keys.Add(SignaturePublicKey.Load(signer.PublicKey));
                    }
                    catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
                    {
                        findings.Add(Make(DiagnosticCodes.BadRequest, $"{ItemName} '{signer.Scope}' has PublicKey '{signer.PublicKey}', which cannot be used: {e.Message}", locator.Item(ItemName, signer.Scope)));
                    }
                }
                if (keys.Count == 0)
                    continue;
                findings.AddRange(CheckAsync(image, scope[0].Scope, keys, location, environment).GetAwaiter().GetResult());
            }
            finally
            {
                keys.ForEach(k => k.Dispose());
            }
        }
        return findings;
    }

    private static async Task<IReadOnlyList<Finding>> CheckAsync(BaseImage image, string scope, IReadOnlyList<SignaturePublicKey> keys, SourceLocation? location, Func<string, string?> environment)
    {
        var reference = image.Reference;
        var host = reference.Registry == "docker.io" ? "registry-1.docker.io" : reference.Registry;
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            using var client = new RegistryClient(RegistryEndpoint.For(host, environment), new RegistryCredentials(environment).For(reference.Registry));
            var digest = image.ManifestDigest ?? reference.Digest;
            if (digest is null)
            {
                var manifest = await client.TryGetManifestAsync(reference.Repository, reference.Tag ?? "latest", MaxManifestBytes, timeout.Token)
                    ?? throw new DeliveryException(DiagnosticCodes.SignatureCheckFailed, $"The registry {reference.Registry} has no image {reference}.");
                digest = manifest.Digest ?? Digest.Of(manifest.Bytes);
            }
            var tag = SigstoreAttachment.SignatureTag(digest);
            var signatures = await client.TryGetManifestAsync(reference.Repository, tag, MaxManifestBytes, timeout.Token);
            if (signatures is null)
            {
                return [Make(DiagnosticCodes.BaseImageUnsigned,
                    $"Base image {reference} ({digest}) carries no cosign signature: {reference.Registry}/{reference.Repository} has no tag {tag}, and {ItemName} '{scope}' requires one. Sign it (cosign sign --key) or use a signed base image.", location, digest)];
            }
            var outcome = await CosignSignatureVerifier.VerifyAsync(signatures.Value.Bytes, digest, keys,
                blob => client.GetBlobAsync(reference.Repository, blob, CosignSignatureVerifier.MaxPayloadBytes, timeout.Token));
            if (outcome.Verified)
                return [];
            return [Make(DiagnosticCodes.BaseImageSignatureInvalid,
                $"Base image {reference} ({digest}) has cosign signatures ({tag}), but none verifies with the keys of {ItemName} '{scope}': {string.Join("; ", outcome.Problems)}. Use a base image signed by that key, or add its publisher's key to the scope.", location, digest)];
        }
        catch (Exception e) when (e is CodedException or HttpRequestException or IOException or OperationCanceledException)
        {
            var why = e is OperationCanceledException ? $"no answer within {Timeout.TotalSeconds:0} s" : e.Message;
            return [Make(DiagnosticCodes.SignatureCheckFailed,
                $"The signature of base image {reference} could not be checked against {reference.Registry}: {why} The build cannot tell whether the base image is signed; make the registry reachable (and log in), or remove the {ItemName} item for '{scope}'.", location)];
        }
    }

    private static Finding Make(string code, string message, SourceLocation? location, string? digest = null) => new()
    {
        Code = code,
        Level = DiagnosticLevel.Error,
        Message = message,
        Location = location,
        HelpLink = DiagnosticCodes.HelpLink(code),
    };
}
