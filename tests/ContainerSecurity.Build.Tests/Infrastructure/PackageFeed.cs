namespace ContainerSecurity.Build.Tests.Infrastructure;

/// <summary>
/// The freshly packed ContainerSecurity.Build package in a local feed, and an isolated NUGET_PACKAGES folder, made once
/// per test run. build/test.sh packs before the tests and passes the feed in CSEC_PACKAGE_FEED.
/// </summary>
internal static class PackageFeed
{
    private static readonly Lazy<string> FeedDirectory = new(Create);

    public static string Feed => FeedDirectory.Value;

    public static string PackagesDirectory { get; } = Path.Combine(Path.GetTempPath(), "csec-e2e", "nuget-packages-" + Environment.ProcessId);

    public static string Version => "0.2.0";

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ContainerSecurity.Build.sln")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
        }
    }

    private static string Create()
    {
        if (Environment.GetEnvironmentVariable("CSEC_PACKAGE_FEED") is { Length: > 0 } given && Directory.Exists(given))
        {
            return given;
        }
        var feed = Path.Combine(Path.GetTempPath(), "csec-e2e", "feed-" + Environment.ProcessId);
        var result = ProcessRunner.Run("dotnet", ["pack", "ContainerSecurity.Build.sln", "-c", "Release", "-o", feed, "-nologo"], RepositoryRoot);
        Assert.AreEqual(0, result.ExitCode, "dotnet pack failed:\n" + result.Output);
        return feed;
    }
}
