using System.Text.Json;

namespace ContainerSecurity.Advisories;

/// <summary>What the cache remembers of one downloaded file: where from, its validators, when fetched and checked, what was indexed.</summary>
public sealed record FetchState
{
    public string Source { get; init; } = "";
    public string? ETag { get; init; }
    public DateTimeOffset? LastModified { get; init; }
    /// <summary>For a folder source: the file's size and write time when it was copied.</summary>
    public long? SourceLength { get; init; }
    public DateTimeOffset? SourceWriteTime { get; init; }
    public DateTimeOffset DownloadedAt { get; init; }
    public DateTimeOffset CheckedAt { get; init; }
    /// <summary>A token that changes with every new download, so the index knows whether it is built from the current file.</summary>
    public string Version { get; init; } = "";
    public string? IndexedVersion { get; init; }
    public int IndexFormat { get; init; }
    public int EntryCount { get; init; }

    public static FetchState? Load(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<FetchState>(File.ReadAllText(path), EngineJson.Options) : null;
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            return null;
        }
    }

    public void Save(string path) => EngineJson.WriteFileAtomic(path, JsonSerializer.Serialize(this, EngineJson.Options));
}
