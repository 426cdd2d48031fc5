namespace ContainerSecurity.Tests.Reports;

/// <summary>
/// Compares rendered output with a checked-in file under Reports/Golden. To accept a deliberate change, run the tests
/// with UPDATE_GOLDEN=1 (e.g. <c>UPDATE_GOLDEN=1 dotnet test --filter FullyQualifiedName~Reports</c>): the files in
/// the source tree are rewritten, then review the diff and commit it.
/// </summary>
internal static class GoldenFile
{
    private static string Directory([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "Golden");

    public static void AssertMatches(string name, string actual)
    {
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(Directory(), name), actual.ReplaceLineEndings("\n"));
            return;
        }
        AssertSame(name, actual);
    }

    /// <summary>The comparison alone, never rewriting the file.</summary>
    public static void AssertSame(string name, string actual)
    {
        var path = Path.Combine(Directory(), name);
        Assert.IsTrue(File.Exists(path), $"{path} is missing; run the tests with UPDATE_GOLDEN=1 to create it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.AreEqual(expected, actual.ReplaceLineEndings("\n"), $"The output differs from {path}; if the change is intended, rerun with UPDATE_GOLDEN=1 and review the diff.");
    }

    /// <summary>The sample's machine-dependent parts as fixed names: its temp folders (as paths and file URIs) and the engine version.</summary>
    public static string Normalize(string text)
    {
        foreach (var (directory, name) in new[] { (SampleScan.Outside, "<outside>"), (SampleScan.Root, "<root>") })
        {
            text = text.Replace(new Uri(directory + Path.DirectorySeparatorChar).AbsoluteUri, $"file:///{name}/")
                .Replace(directory + Path.DirectorySeparatorChar, name + "/")
                .Replace(directory, name);
        }
        return text.Replace($"\"{EngineVersion.Current}\"", "\"<version>\"");
    }
}
