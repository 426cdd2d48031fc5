namespace ContainerSecurity.Delivery;

public enum DestinationKind
{
    Registry,
    Daemon,
    Archive,
}

/// <summary>Deliver the scanned archive to where the user asked; written by the task as deliver-request.json.</summary>
public sealed record DeliveryRequest
{
    public required string Archive { get; init; }
    public required DestinationKind Destination { get; init; }
    public string? Registry { get; init; }
    public string? Repository { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    /// <summary>Where the user asked for an archive: a file, or a folder that gets REPOSITORY.tar.gz.</summary>
    public string? ArchivePath { get; init; }
    /// <summary>The SDK's LocalRegistry: Docker, Podman, or empty for whichever answers.</summary>
    public string? LocalRegistry { get; init; }
    /// <summary>A repository on the same registry that may already hold the base layers (cross-repository mount).</summary>
    public string? MountFrom { get; init; }
    /// <summary>The manifest digests the scan saw; delivery refuses an archive that differs.</summary>
    public IReadOnlyList<string> ScannedDigests { get; init; } = [];
    /// <summary>The idle timeout of each registry or daemon request and the deadline of the whole delivery.</summary>
    public Network.NetworkLimits Network { get; init; } = new();

    /// <summary>ContainerSecuritySigningKey: a private key file; registry deliveries are then signed (Signing/SignedDelivery).</summary>
    public string? SigningKey { get; init; }
}
