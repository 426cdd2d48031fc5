using System.Text.Json;

namespace ContainerSecurity.Advisories.Data;

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

    /// <summary>The SHA-256 and length of index.bin as built, checked before the index is trusted.</summary>
    public string? IndexSha256 { get; init; }
    public long IndexLength { get; init; }

    /// <summary>A state file is a few hundred bytes; a larger one is refused unread.</summary>
    public const long MaxBytes = 64 * 1024;
    private const string Kind = "fetch-state/2";

    /// <summary>The state of <paramref name="source"/>'s download; null when there is none or it cannot be trusted (then <paramref name="problem"/> says why).</summary>
    public static FetchState? Load(string path, string source, out string? problem)
    {
        var read = Data.SealedCacheFile.Read(path, Kind, source, MaxBytes);
        problem = read.Problem;
        if (read.Content is not { } content)
        {
            return null;
        }
        try
        {
            var state = JsonSerializer.Deserialize<FetchState>(content.Span, EngineJson.Options);
            if (state is null || state.Source != source)
            {
                problem = "it describes another source";
                return null;
            }
            return state;
        }
        catch (JsonException e)
        {
            problem = $"it is not a fetch state: {e.Message}";
            return null;
        }
    }

    /// <summary>As <see cref="Load(string, string, out string?)"/>, for a caller that has already reported the file's problem.</summary>
    public static FetchState? Load(string path, string source) => Load(path, source, out _);

    public void Save(string path) => Data.SealedCacheFile.Write(path, Kind, Source, JsonSerializer.SerializeToUtf8Bytes(this, EngineJson.Options));
}
