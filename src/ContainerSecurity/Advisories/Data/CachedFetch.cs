using System.Net;

namespace ContainerSecurity.Advisories.Data;

/// <summary>
/// Keeps one cached copy of a remote file (http/https) or a mirror-folder file up to date: a conditional GET
/// (If-None-Match / If-Modified-Since) once the copy is older than the maximum age, a copy when a folder file's size
/// or time changed. A new file is checked before it replaces the cached one, so a failed or truncated download
/// never destroys good data. Callers hold the folder's <see cref="CacheLock"/>.
/// </summary>
public sealed class CachedFetch(HttpClient http, AdvisoryOptions options)
{
    public enum Outcome { Fresh, NotModified, Updated, Offline, Missing, Failed }

    public sealed record Result(Outcome Outcome, FetchState? State, string? Error = null)
    {
        /// <summary>A cached state file that could not be trusted and was treated as absent: "PATH: why" (CSEC5011).</summary>
        public string? Discarded { get; init; }
    }

    private DateTimeOffset Now => options.Now ?? DateTimeOffset.UtcNow;

    /// <param name="validate">Throws <see cref="InvalidDataException"/> when a fetched file is unusable.</param>
    public Result Refresh(string source, string target, Action<string> validate)
    {
        var statePath = target + ".state.json";
        string? problem = null;
        var state = File.Exists(target) ? FetchState.Load(statePath, source, out problem) : null;
        var discarded = problem is null ? null : $"{statePath}: {problem}";
        if (options.Offline)
        {
            return new Result(state is null ? Outcome.Missing : Outcome.Offline, state) { Discarded = discarded };
        }
        var local = LocalPath(source);
        if (local is null && state is not null && Now - state.CheckedAt < options.MaxAge)
        {
            return new Result(Outcome.Fresh, state);
        }
        try
        {
            var (outcome, next) = local is null ? FromHttp(source, target, state, validate) : FromFolder(source, local, target, state, validate);
            next.Save(statePath);
            return new Result(outcome, next) { Discarded = discarded };
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidDataException or OperationCanceledException or TimeoutException or UnauthorizedAccessException or NotSupportedException)
        {
            return new Result(Outcome.Failed, state, Describe(e)) { Discarded = discarded };
        }
    }

    /// <summary>One small HTTP resource, whole, within the network limits.</summary>
    /// <exception cref="HttpRequestException">Not a success status, or larger than <paramref name="maxBytes"/>.</exception>
    public byte[] Get(string url, long maxBytes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Options.Set(Network.WatchedHttpHandler.What, $"downloading {url}");
        using var response = http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            throw new HttpRequestException($"{url} is larger than {maxBytes:N0} bytes");
        }
        using var body = response.Content.ReadAsStreamAsync().GetAwaiter().GetResult();
        using var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = body.ReadAsync(buffer).AsTask().GetAwaiter().GetResult()) > 0)
        {
            if (copy.Length + read > maxBytes)
            {
                throw new HttpRequestException($"{url} is larger than {maxBytes:N0} bytes");
            }
            copy.Write(buffer, 0, read);
        }
        if (response.Content.Headers.ContentLength is { } length && copy.Length != length)
        {
            throw new HttpRequestException($"{url}: the download stopped after {copy.Length:N0} of {length:N0} bytes");
        }
        return copy.ToArray();
    }

    /// <summary>A mirror folder, given as a path or a file: URL; null for http(s).</summary>
    public static string? LocalPath(string source) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? null
        : uri is { IsFile: true } ? uri.LocalPath : source;

    private (Outcome, FetchState) FromHttp(string source, string target, FetchState? state, Action<string> validate)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, source);
        request.Options.Set(Network.WatchedHttpHandler.What, $"downloading {source}");
        if (state?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }
        if (state?.LastModified is { } lastModified)
        {
            request.Headers.IfModifiedSince = lastModified;
        }
        using var response = http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
        if (response.StatusCode == HttpStatusCode.NotModified && state is not null)
        {
            return (Outcome.NotModified, state with { CheckedAt = Now });
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        var temp = TempFile(target);
        try
        {
            using (var body = response.Content.ReadAsStreamAsync().GetAwaiter().GetResult())
            using (var file = File.Create(temp))
            {
                body.CopyToAsync(file).GetAwaiter().GetResult();
            }
            if (response.Content.Headers.ContentLength is { } length && new FileInfo(temp).Length != length)
            {
                throw new InvalidDataException($"the download stopped after {new FileInfo(temp).Length:N0} of {length:N0} bytes");
            }
            validate(temp);
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
        return (Outcome.Updated, new FetchState
        {
            Source = source,
            ETag = response.Headers.ETag?.ToString(),
            LastModified = response.Content.Headers.LastModified,
            DownloadedAt = Now,
            CheckedAt = Now,
            Version = Guid.NewGuid().ToString("N"),
        });
    }

    private (Outcome, FetchState) FromFolder(string source, string path, string target, FetchState? state, Action<string> validate)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"{path} does not exist");
        }
        if (state is not null && state.SourceLength == info.Length && state.SourceWriteTime == info.LastWriteTimeUtc)
        {
            return (Outcome.NotModified, state with { CheckedAt = Now });
        }
        var temp = TempFile(target);
        try
        {
            File.Copy(path, temp, overwrite: true);
            validate(temp);
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
        return (Outcome.Updated, new FetchState
        {
            Source = source,
            SourceLength = info.Length,
            SourceWriteTime = info.LastWriteTimeUtc,
            DownloadedAt = Now,
            CheckedAt = Now,
            Version = Guid.NewGuid().ToString("N"),
        });
    }

    private static string TempFile(string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        return $"{target}.tmp-{Guid.NewGuid():N}";
    }

    private static string Describe(Exception e) => e switch
    {
        Network.NetworkTimeoutException => e.Message.TrimEnd('.'),
        OperationCanceledException => "no answer within the timeout",
        HttpRequestException { InnerException: { } inner } => $"{e.Message.TrimEnd('.')}: {inner.Message}",
        _ => e.Message,
    };
}
