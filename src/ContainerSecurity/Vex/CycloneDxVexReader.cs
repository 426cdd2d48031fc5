using System.Text.Json;
using static ContainerSecurity.Vex.VexJson;

namespace ContainerSecurity.Vex;

/// <summary>
/// CycloneDX VEX (a BOM with <c>vulnerabilities[].analysis</c> and <c>affects</c>), read into the same statements: the
/// analysis state maps to an OpenVEX status (not_affected and false_positive → not_affected, resolved → fixed,
/// exploitable → affected, in_triage → under_investigation); an <c>affects[].ref</c> is a component's bom-ref (its purl
/// is used) or a purl.
/// </summary>
public static class CycloneDxVexReader
{
    public static VexDocument Read(JsonElement root, string displayName)
    {
        var purls = new Dictionary<string, string>(StringComparer.Ordinal);
        CollectComponents(root, purls, 0);
        var metadataTime = root.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object ? Time(metadata, "timestamp", "metadata") : null;
        var statements = new List<VexStatement>();
        var index = 0;
        foreach (var v in Array(root, "vulnerabilities", "the document"))
        {
            var where = $"vulnerabilities[{index}]";
            if (v.ValueKind != JsonValueKind.Object)
            {
                throw new VexFormatException($"{where} is not an object");
            }
            if (!v.TryGetProperty("analysis", out var analysis) || analysis.ValueKind != JsonValueKind.Object)
            {
                index++;
                continue; // a vulnerability without an analysis states nothing about exploitability
            }
            var state = RequiredString(analysis, "state", $"{where}.analysis");
            var status = state switch
            {
                "not_affected" or "false_positive" => VexStatus.NotAffected,
                "resolved" or "resolved_with_pedigree" => VexStatus.Fixed,
                "exploitable" => VexStatus.Affected,
                "in_triage" => VexStatus.UnderInvestigation,
                _ => throw new VexFormatException($"{where}.analysis.state '{state}' is not a CycloneDX impact analysis state"),
            };
            var id = RequiredString(v, "id", where);
            var ids = new List<string> { id };
            foreach (var reference in Array(v, "references", where))
            {
                if (reference.ValueKind == JsonValueKind.Object && String(reference, "id", $"{where}.references") is { Length: > 0 } alias)
                {
                    ids.Add(alias);
                }
            }
            var products = Array(v, "affects", where).Select((a, i) => a.ValueKind == JsonValueKind.Object ? RequiredString(a, "ref", $"{where}.affects[{i}]") : throw new VexFormatException($"{where}.affects[{i}] is not an object"))
                .Select(r => new VexProduct(new VexComponent(purls.GetValueOrDefault(r, r), new Dictionary<string, string>(), new Dictionary<string, string>()), []))
                .ToList();
            if (products.Count == 0)
            {
                throw new VexFormatException($"{where} has an analysis but no affects, so it is unclear what it applies to");
            }
            statements.Add(new VexStatement
            {
                Vulnerability = id,
                VulnerabilityIds = ids,
                Products = products,
                Status = status,
                Justification = String(analysis, "justification", $"{where}.analysis"),
                ImpactStatement = String(analysis, "detail", $"{where}.analysis"),
                StatementId = String(v, "bom-ref", where),
                Timestamp = Time(analysis, "lastUpdated", $"{where}.analysis") ?? Time(analysis, "firstIssued", $"{where}.analysis")
                    ?? Time(v, "updated", where) ?? Time(v, "published", where) ?? metadataTime ?? DateTimeOffset.MinValue,
                Document = displayName,
                Order = index,
            });
            index++;
        }
        return new VexDocument(displayName, "CycloneDX", statements);
    }

    private static void CollectComponents(JsonElement parent, Dictionary<string, string> purls, int depth)
    {
        if (depth > 32)
        {
            return;
        }
        foreach (var holder in new[] { "metadata", "component" })
        {
            if (parent.TryGetProperty(holder, out var nested) && nested.ValueKind == JsonValueKind.Object)
            {
                Add(nested, purls);
                CollectComponents(nested, purls, depth + 1);
            }
        }
        if (parent.TryGetProperty("components", out var components) && components.ValueKind == JsonValueKind.Array)
        {
            foreach (var component in components.EnumerateArray().Where(c => c.ValueKind == JsonValueKind.Object))
            {
                Add(component, purls);
                CollectComponents(component, purls, depth + 1);
            }
        }
    }

    private static void Add(JsonElement component, Dictionary<string, string> purls)
    {
        if (component.TryGetProperty("bom-ref", out var bomRef) && bomRef.ValueKind == JsonValueKind.String
            && component.TryGetProperty("purl", out var purl) && purl.ValueKind == JsonValueKind.String)
        {
            purls[bomRef.GetString()!] = purl.GetString()!;
        }
    }
}
