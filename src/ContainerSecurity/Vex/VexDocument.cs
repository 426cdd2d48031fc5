namespace ContainerSecurity.Vex;

/// <summary>A software identity in a VEX statement: an IRI (often a purl), other identifiers (purl, cpe) and hashes.</summary>
public sealed record VexComponent(string? Id, IReadOnlyDictionary<string, string> Identifiers, IReadOnlyDictionary<string, string> Hashes)
{
    /// <summary>Every purl the component is named by.</summary>
    public IEnumerable<PackageUrl> Purls()
    {
        foreach (var text in new[] { Id, Identifiers.GetValueOrDefault("purl") })
        {
            if (PackageUrl.TryParse(text) is { } purl)
            {
                yield return purl;
            }
        }
    }
}

/// <summary>A product of a statement and the subcomponents (packages inside it) the statement is about.</summary>
public sealed record VexProduct(VexComponent Component, IReadOnlyList<VexComponent> Subcomponents);

/// <summary>One statement: a vulnerability (name, @id, aliases), the products, a status and why.</summary>
public sealed record VexStatement
{
    public required string Vulnerability { get; init; }
    /// <summary>The name, the @id and the aliases: any of them may name the finding's advisory.</summary>
    public required IReadOnlyList<string> VulnerabilityIds { get; init; }
    public required IReadOnlyList<VexProduct> Products { get; init; }
    public required string Status { get; init; }
    public string? Justification { get; init; }
    public string? ImpactStatement { get; init; }
    public string? StatementId { get; init; }
    /// <summary>The statement's timestamp, else its document's: the later statement about a product wins.</summary>
    public required DateTimeOffset Timestamp { get; init; }
    /// <summary>The document's path and the statement's position in it, for the report and for ties.</summary>
    public required string Document { get; init; }
    public required int Order { get; init; }
}

/// <summary>A VEX document as read: where it came from and its statements.</summary>
public sealed record VexDocument(string Path, string Format, IReadOnlyList<VexStatement> Statements);
