namespace ContainerSecurity.Advisories.Osv;

/// <summary>What one pass over an OSV export read and left out; filled while the entries are enumerated.</summary>
public sealed class OsvZipCounts
{
    /// <summary>JSON files in the archive.</summary>
    public int Records { get; internal set; }
    public int Withdrawn { get; internal set; }
    /// <summary>Records that were not valid OSV JSON (or had no id), skipped one by one.</summary>
    public int Unparsable { get; internal set; }
    /// <summary>Affected packages left out: no name, or only GIT ranges and no versions.</summary>
    public int SkippedAffected { get; internal set; }
    public int Entries { get; internal set; }

    /// <summary>When set, receives every parsed record's id and modified time, withdrawn ones included.</summary>
    public IDictionary<string, DateTimeOffset?>? Modified { get; init; }
}
