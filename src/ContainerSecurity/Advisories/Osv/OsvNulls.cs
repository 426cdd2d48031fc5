namespace ContainerSecurity.Advisories.Osv;

/// <summary>
/// A record as the rest of the code may assume it: JSON <c>null</c> where an object, string or list element was
/// expected (<c>"severity": [null]</c>, <c>"score": null</c>) becomes no element or an empty string. The deserializer
/// keeps such nulls even in properties declared non-null (found by fuzzing: they crashed the severity ratings).
/// </summary>
internal static class OsvNulls
{
    public static OsvRecord Removed(OsvRecord record) => record with
    {
        Id = record.Id ?? "",
        Aliases = Strings(record.Aliases),
        Upstream = Strings(record.Upstream),
        Related = Strings(record.Related),
        Severity = Severities(record.Severity),
        Affected = record.Affected?.OfType<OsvAffected>().Select(Affected).ToList(),
        References = record.References?.OfType<OsvReference>().Select(r => r with { Type = r.Type ?? "", Url = r.Url ?? "" }).ToList(),
    };

    private static OsvAffected Affected(OsvAffected affected) => affected with
    {
        Package = affected.Package is { } p ? p with { Ecosystem = p.Ecosystem ?? "", Name = p.Name ?? "" } : null,
        Severity = Severities(affected.Severity),
        Ranges = affected.Ranges?.OfType<OsvRange>().Select(r => r with { Type = r.Type ?? "", Events = r.Events?.OfType<OsvEvent>().ToList() }).ToList(),
        Versions = Strings(affected.Versions),
    };

    private static List<OsvSeverity>? Severities(IReadOnlyList<OsvSeverity>? severities) =>
        severities?.OfType<OsvSeverity>().Select(s => s with { Type = s.Type ?? "", Score = s.Score ?? "" }).ToList();

    private static List<string>? Strings(IReadOnlyList<string>? values) => values?.OfType<string>().ToList();
}
