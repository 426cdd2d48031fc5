namespace ContainerSecurity.Signing;

/// <summary>How cosign lays out a signature in the registry: the tag beside the image and the layer's media type and annotation.</summary>
public static class SigstoreAttachment
{
    public const string SimpleSigningMediaType = "application/vnd.dev.cosign.simplesigning.v1+json";
    public const string SignatureAnnotation = "dev.cosignproject.cosign/signature";

    /// <summary><c>sha256:abc…</c> → <c>sha256-abc….sig</c>, in the image's own repository.</summary>
    public static string SignatureTag(string manifestDigest) => manifestDigest.Replace(':', '-') + ".sig";
}
