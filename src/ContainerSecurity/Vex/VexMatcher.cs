using ContainerSecurity.Findings;

namespace ContainerSecurity.Vex;

/// <summary>
/// Applies VEX statements to vulnerability findings. A statement applies when one of its vulnerability ids is the
/// finding's advisory id or an alias, and one of its products is the finding's package (by purl) or its image — then,
/// when the product lists subcomponents, one of them must be the package. Of the statements that apply, the latest
/// (statement timestamp, else its document's; on a tie the later document, then the later statement) decides:
/// not_affected and fixed suppress the finding, affected and under_investigation keep it.
/// </summary>
public sealed class VexMatcher(IReadOnlyList<VexDocument> documents, IReadOnlyList<ScannedImage> images)
{
    // Statements by every id they name, so a finding looks up its id and aliases instead of scanning every statement.
    private readonly Dictionary<string, List<(VexStatement Statement, int DocumentIndex)>> _byId = Index(documents);

    public Finding Apply(Finding finding)
    {
        if (finding.Vulnerability is not { } v || _byId.Count == 0)
        {
            return finding;
        }
        var image = images.FirstOrDefault(i => i.ManifestDigest.Equals(v.ImageDigest, StringComparison.OrdinalIgnoreCase));
        var package = PackageUrl.TryParse(v.Purl);
        var decisive = v.Aliases.Prepend(v.Id)
            .SelectMany(id => _byId.TryGetValue(id, out var named) ? named : [])
            .Distinct()
            .Where(s => s.Statement.Products.Any(p => Applies(p, package, image)))
            .OrderBy(s => s.Statement.Timestamp).ThenBy(s => s.DocumentIndex).ThenBy(s => s.Statement.Order)
            .Select(s => s.Statement)
            .LastOrDefault();
        if (decisive is null || !VexStatus.Suppresses(decisive.Status))
        {
            return finding;
        }
        var vex = new VexSuppression(decisive.Document, decisive.Vulnerability, decisive.Status, decisive.Justification, decisive.ImpactStatement, decisive.StatementId, decisive.Timestamp);
        return finding with { SuppressedBy = vex.Describe(), Vex = vex };
    }

    private static Dictionary<string, List<(VexStatement, int)>> Index(IReadOnlyList<VexDocument> documents)
    {
        var index = new Dictionary<string, List<(VexStatement, int)>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < documents.Count; i++)
        {
            foreach (var statement in documents[i].Statements)
            {
                foreach (var id in statement.VulnerabilityIds.Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    (index.TryGetValue(id, out var list) ? list : index[id] = []).Add((statement, i));
                }
            }
        }
        return index;
    }

    private static bool Applies(VexProduct product, PackageUrl? package, ScannedImage? image)
    {
        var isPackage = package is not null && IsPackage(product.Component, package);
        var isImage = image is not null && ImageIdentity.Matches(product.Component, image);
        if (product.Subcomponents.Count == 0)
        {
            return isPackage || isImage;
        }
        return (isImage || isPackage) && package is not null && product.Subcomponents.Any(s => IsPackage(s, package));
    }

    private static bool IsPackage(VexComponent component, PackageUrl package) => component.Purls().Any(p => p.Covers(package));
}
