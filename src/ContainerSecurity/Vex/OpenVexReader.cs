using System.Text.Json;
using static ContainerSecurity.Vex.VexJson;

namespace ContainerSecurity.Vex;

/// <summary>
/// OpenVEX documents (https://openvex.dev/ns/v0.2.0; the v0.0.x spellings — a vulnerability or product as a plain
/// string — are read too). What changes meaning is checked as the spec requires: a known status, a not_affected
/// statement with a justification from the list or an impact statement, at least one product, RFC 3339 times.
/// </summary>
public static class OpenVexReader
{
    public const string ContextPrefix = "https://openvex.dev/ns";

    public static VexDocument Read(JsonElement root, string displayName)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new VexFormatException("it is not a JSON object");
        }
        var context = String(root, "@context", "the document");
        if (context is null || !context.StartsWith(ContextPrefix, StringComparison.Ordinal))
        {
            throw new VexFormatException($"it is neither OpenVEX (\"@context\": \"{ContextPrefix}/v0.2.0\") nor CycloneDX VEX (\"bomFormat\": \"CycloneDX\")");
        }
        var documentTime = Time(root, "last_updated", "the document") ?? Time(root, "timestamp", "the document")
            ?? throw new VexFormatException("the document has no timestamp, which OpenVEX requires");
        if (!root.TryGetProperty("statements", out var statementsElement) || statementsElement.ValueKind != JsonValueKind.Array)
        {
            throw new VexFormatException("the document has no statements array");
        }
        var statements = new List<VexStatement>();
        var index = 0;
        foreach (var element in statementsElement.EnumerateArray())
        {
            statements.Add(Statement(element, $"statements[{index}]", documentTime, displayName, index));
            index++;
        }
        return new VexDocument(displayName, "OpenVEX", statements);
    }

    private static VexStatement Statement(JsonElement element, string where, DateTimeOffset documentTime, string document, int order)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new VexFormatException($"{where} is not an object");
        }
        var (name, ids) = Vulnerability(element, where);
        var status = RequiredString(element, "status", where);
        if (!VexStatus.All.Contains(status))
        {
            throw new VexFormatException($"{where}.status '{status}' is not one of {string.Join(", ", VexStatus.All)}");
        }
        var justification = String(element, "justification", where);
        var impact = String(element, "impact_statement", where);
        if (status == VexStatus.NotAffected)
        {
            if (string.IsNullOrWhiteSpace(justification) && string.IsNullOrWhiteSpace(impact))
            {
                throw new VexFormatException($"{where} is not_affected without a justification or impact_statement, which OpenVEX requires");
            }
            if (justification is { Length: > 0 } && !VexStatus.Justifications.Contains(justification))
            {
                throw new VexFormatException($"{where}.justification '{justification}' is not one of {string.Join(", ", VexStatus.Justifications)}");
            }
        }
        var products = Array(element, "products", where).Select((p, i) => Product(p, $"{where}.products[{i}]")).ToList();
        if (products.Count == 0)
        {
            throw new VexFormatException($"{where} names no products, so it is unclear what it applies to");
        }
        return new VexStatement
        {
            Vulnerability = name,
            VulnerabilityIds = ids,
            Products = products,
            Status = status,
            Justification = justification,
            ImpactStatement = impact,
            StatementId = String(element, "@id", where),
            Timestamp = Time(element, "last_updated", where) ?? Time(element, "timestamp", where) ?? documentTime,
            Document = document,
            Order = order,
        };
    }

    private static (string Name, IReadOnlyList<string> Ids) Vulnerability(JsonElement statement, string where)
    {
        if (!statement.TryGetProperty("vulnerability", out var v))
        {
            throw new VexFormatException($"{where} has no vulnerability");
        }
        if (v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } plain)
        {
            return (plain, [plain]);
        }
        if (v.ValueKind != JsonValueKind.Object)
        {
            throw new VexFormatException($"{where}.vulnerability is neither an object nor a string");
        }
        var name = RequiredString(v, "name", $"{where}.vulnerability");
        var ids = new List<string> { name };
        if (String(v, "@id", $"{where}.vulnerability") is { Length: > 0 } id)
        {
            ids.Add(id);
        }
        foreach (var alias in Array(v, "aliases", $"{where}.vulnerability"))
        {
            ids.Add(alias.ValueKind == JsonValueKind.String ? alias.GetString()! : throw new VexFormatException($"{where}.vulnerability.aliases holds a value that is not a string"));
        }
        return (name, ids);
    }

    private static VexProduct Product(JsonElement element, string where) =>
        new(Component(element, where), Array(element, "subcomponents", where).Select((s, i) => Component(s, $"{where}.subcomponents[{i}]")).ToList());

    private static VexComponent Component(JsonElement element, string where)
    {
        if (element.ValueKind == JsonValueKind.String && element.GetString() is { Length: > 0 } plain)
        {
            return new VexComponent(plain, new Dictionary<string, string>(), new Dictionary<string, string>());
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new VexFormatException($"{where} is neither an object nor a string");
        }
        var component = new VexComponent(String(element, "@id", where), Strings(element, "identifiers", where), Strings(element, "hashes", where));
        if (component.Id is null && component.Identifiers.Count == 0 && component.Hashes.Count == 0)
        {
            throw new VexFormatException($"{where} has no @id, identifiers or hashes");
        }
        return component;
    }
}
