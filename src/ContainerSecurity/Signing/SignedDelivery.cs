using ContainerSecurity.Delivery;
using ContainerSecurity.Findings;

namespace ContainerSecurity.Signing;

/// <summary>A delivery and the signatures pushed for it (host/repository:sha256-HEX.sig).</summary>
public sealed record SignedDeliveryResult
{
    public IReadOnlyList<DeliveredImage> Delivered { get; init; } = [];
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    public IReadOnlyList<string> Signatures { get; init; } = [];
}

/// <summary>
/// ContainerSecuritySigningKey: the key is read before anything is delivered (a bad key delivers nothing), then each
/// manifest a registry delivery pushed is signed. Daemon and archive destinations deliver unsigned, with CSEC6003.
/// </summary>
public static class SignedDelivery
{
    public const string PropertyName = "ContainerSecuritySigningKey";

    public static async Task<SignedDeliveryResult> DeliverAsync(DeliveryRequest request, Func<string, string?> environment, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.SigningKey))
        {
            var plain = await Deliverer.DeliverAsync(request, environment, ct);
            return new SignedDeliveryResult { Delivered = plain.Delivered, Findings = plain.Findings };
        }
        if (request.Destination != DestinationKind.Registry)
        {
            var unsigned = await Deliverer.DeliverAsync(request, environment, ct);
            var warning = Make(DiagnosticCodes.DeliveryNotSigned, DiagnosticLevel.Warning,
                $"{PropertyName} is set, but the image went to the local {(request.Destination == DestinationKind.Daemon ? "container daemon" : "archive")}, where a cosign signature has no place: nothing was signed. Publish to a registry (ContainerRegistry) to sign what passed the gate.");
            return new SignedDeliveryResult { Delivered = unsigned.Delivered, Findings = [.. unsigned.Findings, .. unsigned.Delivered.Count > 0 ? [warning] : Array.Empty<Finding>()] };
        }
        SigningKey key;
        try
        {
            key = SigningKey.Load(request.SigningKey, environment);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            return new SignedDeliveryResult { Findings = [Make(DiagnosticCodes.BadRequest, DiagnosticLevel.Error, $"{PropertyName}: {e.Message} Nothing was pushed.")] };
        }
        using (key)
        {
            var result = await Deliverer.DeliverAsync(request, environment, ct);
            if (result.Delivered.Count == 0 || result.Findings.Any(f => f.Level == DiagnosticLevel.Error))
                return new SignedDeliveryResult { Delivered = result.Delivered, Findings = result.Findings };
            var endpoint = RegistryEndpoint.For(request.Registry!, environment);
            var signatures = new List<string>();
            try
            {
                using var client = new RegistryClient(endpoint, new RegistryCredentials(environment).For(endpoint.Host));
                foreach (var digest in result.Delivered.Select(d => d.Digest).Distinct())
                {
                    signatures.Add(await DeliverySigner.SignAsync(client, endpoint.Host, request.Repository!, digest, key, ct));
                }
            }
            catch (Exception e) when (e is CodedException or HttpRequestException or IOException or OperationCanceledException)
            {
                return new SignedDeliveryResult
                {
                    Delivered = result.Delivered,
                    Signatures = signatures,
                    Findings = [.. result.Findings, Make(DiagnosticCodes.DeliveryFailed, DiagnosticLevel.Error,
                        $"The image was pushed, but its signature could not be: {e.Message} Admission controllers that require the signature will refuse it; publish again.")],
                };
            }
            return new SignedDeliveryResult { Delivered = result.Delivered, Findings = result.Findings, Signatures = signatures };
        }
    }

    private static Finding Make(string code, DiagnosticLevel level, string message) => new()
    {
        Code = code,
        Level = level,
        Message = message,
        HelpLink = DiagnosticCodes.HelpLink(code),
    };
}
