namespace ContainerSecurity.Rules;

/// <summary>The project's image policy settings the image rules read.</summary>
public sealed record ImageSettings
{
    /// <summary>The base image as the project names it (ContainerBaseImage), when the image's labels do not say.</summary>
    public string? BaseImage { get; init; }
    /// <summary>Registries a base image may come from; empty means any.</summary>
    public IReadOnlyList<string> TrustedRegistries { get; init; } = [];
    /// <summary>Images a base image must not be (ContainerSecurityDeniedImage items, CSEC5010).</summary>
    public IReadOnlyList<DeniedImage> DeniedImages { get; init; } = [];
    /// <summary>ContainerSecurityBaseImageSigner items: base images under a scope must be cosign-signed (CSEC6001/6002).</summary>
    public IReadOnlyList<Signing.BaseImageSigner> BaseImageSigners { get; init; } = [];
    /// <summary>Compressed size above which the image is too big; 0 turns the check off.</summary>
    public int MaxImageSizeMB { get; init; } = 500;
    /// <summary>A base image built longer ago than this is probably unmaintained (CSEC5006); 0 turns the check off.</summary>
    public int MaxBaseImageAgeDays { get; init; } = 180;
    /// <summary>Base images must be pinned by digest (CSEC1104 in Dockerfiles).</summary>
    public bool RequireBaseImageDigest { get; init; }
    /// <summary>The day ages are measured from; today when unset.</summary>
    public DateTimeOffset? Now { get; init; }
    /// <summary>Packages the project adds to the default list of packages an image should not carry.</summary>
    public IReadOnlyList<string> UnnecessaryPackages { get; init; } = [];
    /// <summary>The project's InvariantGlobalization: false means the app needs ICU (a chiseled -extra base); null when unknown (the CLI).</summary>
    public bool? InvariantGlobalization { get; init; }
    /// <summary>Packages the project needs after all (removed from the list).</summary>
    public IReadOnlyList<string> AllowedPackages { get; init; } = [];
}
