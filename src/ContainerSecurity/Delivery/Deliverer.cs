using ContainerSecurity.Findings;
using ContainerSecurity.Images;

namespace ContainerSecurity.Delivery;

/// <summary>Delivers the scanned archive, refusing one whose images are not the ones the scan saw.</summary>
public static class Deliverer
{
    public static async Task<DeliveryResult> DeliverAsync(DeliveryRequest request, Func<string, string?> environment, CancellationToken ct)
    {
        try
        {
            using var archive = ImageArchive.Open(request.Archive);
            var digests = archive.Images.Select(i => i.ManifestDigest).ToList();
            if (request.ScannedDigests.Count > 0 && !digests.Order().SequenceEqual(request.ScannedDigests.Order()))
            {
                throw new DeliveryException(DiagnosticCodes.DeliveredDigestMismatch,
                    $"The archive '{request.Archive}' now holds {string.Join(", ", digests)}, not the scanned {string.Join(", ", request.ScannedDigests)}. Nothing was delivered.");
            }
            IReadOnlyList<DeliveredImage> delivered = request.Destination switch
            {
                DestinationKind.Archive => [new DeliveredImage(ArchiveDelivery.Deliver(request.Archive, Require(request.ArchivePath, "ArchivePath"), request.Repository), archive.IndexBytes is { } i ? Digest.Of(i) : digests[0])],
                DestinationKind.Registry => await PushAsync(archive, request, environment, ct),
                _ => await new DaemonLoader(environment, request.Network).LoadAsync(archive, References(request), request.LocalRegistry, ct),
            };
            return new DeliveryResult { Delivered = delivered };
        }
        catch (CodedException e)
        {
            return Failed(e.Code, e.Message);
        }
        catch (Network.NetworkTimeoutException e)
        {
            return Failed(DiagnosticCodes.DeliveryFailed, $"The image could not be delivered: {e.Message} If the network is only slow, raise ContainerSecurityNetworkTimeoutSeconds or ContainerSecurityNetworkDeadlineSeconds.");
        }
        catch (ImageFormatException e)
        {
            return Failed(DiagnosticCodes.ImageUnreadable, $"The scanned image could not be read for delivery: {e.Message}");
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return Failed(DiagnosticCodes.DeliveryFailed, $"The image could not be delivered: {e.Message}");
        }
    }

    private static async Task<IReadOnlyList<DeliveredImage>> PushAsync(ImageArchive archive, DeliveryRequest request, Func<string, string?> environment, CancellationToken ct)
    {
        var registry = Require(request.Registry, "Registry");
        var endpoint = RegistryEndpoint.For(registry, environment);
        using var client = new RegistryClient(endpoint, new RegistryCredentials(environment).For(endpoint.Host), request.Network);
        return await new RegistryPusher(client).PushAsync(archive, endpoint.Host, Require(request.Repository, "Repository"), Tags(request), request.MountFrom, ct);
    }

    private static IReadOnlyList<string> Tags(DeliveryRequest request) => request.Tags.Count > 0 ? request.Tags : ["latest"];

    private static IReadOnlyList<string> References(DeliveryRequest request) =>
        Tags(request).Select(t => $"{Require(request.Repository, "Repository")}:{t}").ToList();

    private static string Require(string? value, string name) =>
        string.IsNullOrEmpty(value) ? throw new DeliveryException(DiagnosticCodes.BadRequest, $"The delivery request has no {name}.") : value;

    private static DeliveryResult Failed(string code, string message) => new()
    {
        Findings = [new Finding { Code = code, Level = DiagnosticLevel.Error, Message = message, HelpLink = DiagnosticCodes.HelpLink(code) }],
    };
}
