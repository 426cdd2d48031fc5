using System.Diagnostics;
using System.Text.RegularExpressions;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Reports;

/// <summary>
/// Do CI systems pick our diagnostics out of the build log? MSBuild prints <c>FILE(LINE,COL): warning CODE: message [PROJECT]</c>;
/// these tests let a real MSBuild print our codes (an Exec task echoing canonical lines, which MSBuild parses and logs as
/// warnings and errors exactly as our task's Log.LogWarning/LogError calls do) and run GitHub's matcher over the output.
/// <para>
/// GitHub: actions/setup-dotnet registers <c>.github/csc.json</c> (owner "csc"); the regex below is copied from it
/// (file 1, line 2, severity 3, code 4, message 5, fromPath 6). Older releases began with <c>^(.*)</c> instead of
/// <c>^([^\s].*)</c>. It accepts <c>(LINE)</c>, <c>(LINE,COL)</c> and <c>(LINE,COL,X)</c> but NOT the four-number
/// <c>(LINE,COL,ENDLINE,ENDCOL)</c> MSBuild prints when a diagnostic carries an end position — so a Dockerfile finding
/// logged with its end line and column is not annotated on GitHub (see the last test). Its lazy message group also
/// stops at a message's own " [...]", so messages should not end with bracketed text.
/// </para>
/// <para>
/// Azure DevOps does not use a regex: its MSBuild, VSBuild and DotNetCoreCLI tasks attach a logger that turns MSBuild's
/// warning and error events into <c>##vso[task.logissue]</c> commands, so every code is picked up whatever the format.
/// A plain script step running <c>dotnet build</c> gets no annotations at all.
/// </para>
/// </summary>
[TestClass]
public sealed class ProblemMatcherTests
{
    public const string GitHubCscPattern = @"^([^\s].*)\((\d+)(?:,\d+|,\d+,\d+)?\):\s+(error|warning)\s+([a-zA-Z]+(?<!MSB)\d+):\s*(.*?)\s+\[(.*?)\]$";

    private static readonly Regex GitHubCsc = new(GitHubCscPattern);

    private static readonly Lazy<(string Project, string Dockerfile, string[] Lines)> Printed = new(() =>
    {
        var dir = OciImageBuilder.TempDirectory();
        var dockerfile = Path.Combine(dir, "src", "Docker file");
        var canonical = new[]
        {
            $"{dockerfile}(5,1): warning DL3008: Pin versions in apt get install (curl)",
            $"{dockerfile}(8,1): warning DL3020: Use COPY instead of ADD for files and folders [./app]",
            $"{dockerfile}(1): error CSEC2001: The final image runs as root (user ''). Add USER app.",
            $"{dockerfile}(12,3,14,40): warning DL3059: Multiple consecutive RUN instructions.",
            $"{Path.Combine(dir, "app.csproj")}(9,6): error CSEC3004: libssl3 3.0.14-1~deb12u1 has CVE-2024-5535 (Critical); fixed in 3.0.15-1~deb12u1; from the base image.",
        };
        File.WriteAllLines(Path.Combine(dir, "diagnostics.txt"), canonical);
        var project = Path.Combine(dir, "print.proj");
        File.WriteAllText(project, """
            <Project>
              <Target Name="Build">
                <Exec Command="cat diagnostics.txt" Condition="!$([MSBuild]::IsOSPlatform('Windows'))" />
                <Exec Command="type diagnostics.txt" Condition="$([MSBuild]::IsOSPlatform('Windows'))" />
              </Target>
            </Project>
            """);
        var start = new ProcessStartInfo("dotnet", ["msbuild", project, "-nologo", "-v:q", "-tl:off", "-clp:NoSummary"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = dir,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(120_000);
        return (project, dockerfile, output.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries));
    });

    private static Match Line(string code)
    {
        var line = Printed.Value.Lines.SingleOrDefault(l => l.Contains($" {code}: ", StringComparison.Ordinal));
        Assert.IsNotNull(line, $"MSBuild printed no {code} line:\n" + string.Join("\n", Printed.Value.Lines));
        return GitHubCsc.Match(line);
    }

    [TestMethod]
    public void MSBuild_prints_file_line_column_level_code_message_and_project()
    {
        var line = Printed.Value.Lines.Single(l => l.Contains(" DL3008: ", StringComparison.Ordinal));

        Assert.AreEqual($"{Printed.Value.Dockerfile}(5,1): warning DL3008: Pin versions in apt get install (curl) [{Printed.Value.Project}]", line);
    }

    [TestMethod]
    public void A_Dockerfile_warning_with_line_and_column_is_matched()
    {
        var match = Line("DL3008");

        Assert.IsTrue(match.Success);
        Assert.AreEqual(Printed.Value.Dockerfile, match.Groups[1].Value, "a path with a space is kept whole");
        Assert.AreEqual("5", match.Groups[2].Value);
        Assert.AreEqual("warning", match.Groups[3].Value);
        Assert.AreEqual("DL3008", match.Groups[4].Value);
        Assert.AreEqual("Pin versions in apt get install (curl)", match.Groups[5].Value);
        Assert.AreEqual(Printed.Value.Project, match.Groups[6].Value);
    }

    [TestMethod]
    public void A_bracketed_part_at_the_end_of_a_message_is_cut_off_by_GitHubs_csc_matcher()
    {
        var match = Line("DL3020");

        Assert.IsTrue(match.Success);
        Assert.AreEqual("Use COPY instead of ADD for files and folders", match.Groups[5].Value);
        Assert.AreEqual($"./app] [{Printed.Value.Project}", match.Groups[6].Value);
    }

    [TestMethod]
    public void An_image_error_at_a_line_without_column_is_matched()
    {
        var match = Line("CSEC2001");

        Assert.IsTrue(match.Success);
        Assert.AreEqual("1", match.Groups[2].Value);
        Assert.AreEqual("error", match.Groups[3].Value);
        Assert.AreEqual("CSEC2001", match.Groups[4].Value);
        Assert.AreEqual("The final image runs as root (user ''). Add USER app.", match.Groups[5].Value);
    }

    [TestMethod]
    public void A_vulnerability_error_on_the_project_file_is_matched()
    {
        var match = Line("CSEC3004");

        Assert.IsTrue(match.Success);
        StringAssert.EndsWith(match.Groups[1].Value, "app.csproj");
        Assert.AreEqual("9", match.Groups[2].Value);
        Assert.AreEqual("error", match.Groups[3].Value);
        Assert.AreEqual("CSEC3004", match.Groups[4].Value);
        StringAssert.StartsWith(match.Groups[5].Value, "libssl3 3.0.14-1~deb12u1 has CVE-2024-5535 (Critical)");
    }

    [TestMethod]
    public void A_diagnostic_with_an_end_line_and_column_is_not_matched_by_GitHubs_csc_matcher()
    {
        var line = Printed.Value.Lines.Single(l => l.Contains(" DL3059: ", StringComparison.Ordinal));

        StringAssert.Contains(line, "(12,3,14,40): warning DL3059");
        Assert.IsFalse(GitHubCsc.IsMatch(line), "if this starts matching, the csc.json limitation is gone: update the class comment");
    }
}
