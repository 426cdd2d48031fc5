using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace ContainerSecurity.Images;

/// <summary>OCI content digests (only sha256, the one every registry and the SDK use).</summary>
public static partial class Digest
{
    [GeneratedRegex("^sha256:[a-f0-9]{64}$")]
    private static partial Regex Sha256Pattern();

    public static string Of(ReadOnlySpan<byte> content) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(content));

    public static bool IsValid(string? digest) => digest is not null && Sha256Pattern().IsMatch(digest);

    public static string Require(string? digest, string what) =>
        IsValid(digest) ? digest! : throw new ImageFormatException($"{what} has an invalid or unsupported digest '{digest}' (expected sha256:<64 hex>).");

    /// <summary>The path of a blob inside an OCI layout: blobs/sha256/&lt;hex&gt;.</summary>
    public static string LayoutPath(string digest) => "blobs/sha256/" + digest["sha256:".Length..];

    public static void Verify(ReadOnlySpan<byte> content, string expected, string what)
    {
        var actual = Of(content);
        if (actual != expected)
        {
            throw new ImageFormatException($"{what} does not match its digest: expected {expected}, got {actual}. The image was modified or truncated.");
        }
    }
}
