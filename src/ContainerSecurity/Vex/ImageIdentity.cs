using ContainerSecurity.Inventory;

namespace ContainerSecurity.Vex;

/// <summary>
/// How a VEX product names a scanned image: an oci purl (pkg:oci/NAME@sha256%3A...?repository_url=...&amp;tag=...),
/// its manifest digest (alone, or at the end of a reference like registry/app@sha256:...) or a sha-256 hash.
/// </summary>
public static class ImageIdentity
{
    public static bool Matches(VexComponent component, ScannedImage image)
    {
        var digest = image.ManifestDigest;
        var hex = digest.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? digest[7..] : null;
        if (hex is not null && component.Hashes.Any(h => h.Key is "sha-256" or "sha256" && h.Value.Equals(hex, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        if (component.Id is { } id && (id.Equals(digest, StringComparison.OrdinalIgnoreCase) || id.EndsWith("@" + digest, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        foreach (var purl in component.Purls().Where(p => p.Type == "oci"))
        {
            if (purl.Version is { } version)
            {
                // The digest is the image's identity: it matches whatever the purl calls the image, but its qualifiers must agree.
                if (version.Equals(digest, StringComparison.OrdinalIgnoreCase) && Candidates(image).DefaultIfEmpty(Canonical(image)).Any(c => Qualified(purl, c)))
                {
                    return true;
                }
            }
            else if (Candidates(image).Any(purl.Covers))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The image's purl as the OpenVEX report writes it: its first tag's name, manifest digest, repository and arch.</summary>
    public static string Purl(ScannedImage image)
    {
        var candidate = Candidates(image).FirstOrDefault() ?? Canonical(image);
        return PurlBuilder.Build("oci", null, candidate.Name, image.ManifestDigest,
            candidate.Qualifiers.Where(q => q.Key != "tag").Select(q => new KeyValuePair<string, string?>(q.Key, q.Value)));
    }

    private static bool Qualified(PackageUrl statement, PackageUrl candidate) =>
        statement.Qualifiers.All(q => candidate.Qualifiers.TryGetValue(q.Key, out var value) && value.Equals(q.Value, StringComparison.OrdinalIgnoreCase));

    private static PackageUrl Canonical(ScannedImage image) => new("oci", "", "image", image.ManifestDigest, Arch(image), null);

    /// <summary>One purl per tag the archive records (registry/repo:tag, repo:tag or a bare tag name).</summary>
    private static IEnumerable<PackageUrl> Candidates(ScannedImage image)
    {
        foreach (var tag in image.Tags.Where(t => t.Length > 0))
        {
            var slash = tag.LastIndexOf('/');
            var colon = tag.LastIndexOf(':');
            var repository = colon > slash ? tag[..colon] : tag;
            var name = repository[(repository.LastIndexOf('/') + 1)..].ToLowerInvariant();
            var qualifiers = new Dictionary<string, string>(Arch(image), StringComparer.OrdinalIgnoreCase);
            if (colon > slash)
            {
                qualifiers["tag"] = tag[(colon + 1)..];
            }
            if (slash > 0)
            {
                qualifiers["repository_url"] = repository.ToLowerInvariant();
            }
            yield return new PackageUrl("oci", "", name, image.ManifestDigest, qualifiers, null);
        }
    }

    private static Dictionary<string, string> Arch(ScannedImage image)
    {
        var qualifiers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (image.Platform?.Split('/') is [_, var arch, ..] && arch.Length > 0)
        {
            qualifiers["arch"] = arch;
        }
        return qualifiers;
    }
}
