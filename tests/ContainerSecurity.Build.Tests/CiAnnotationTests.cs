using System.Text.RegularExpressions;
using ContainerSecurity.Build.Tests.Infrastructure;

namespace ContainerSecurity.Build.Tests;

/// <summary>What the CI log shows through the real dotnet build: lines GitHub's MSBuild problem matcher turns into annotations.</summary>
[TestClass]
public sealed class CiAnnotationTests
{
    // actions/setup-dotnet, .github/csc.json (the same pattern tests/ContainerSecurity.Tests/Reports/ProblemMatcherTests.cs documents).
    private static readonly Regex GitHubCsc = new(@"^([^\s].*)\((\d+)(?:,\d+|,\d+,\d+)?\):\s+(error|warning)\s+([a-zA-Z]+(?<!MSB)\d+):\s*(.*?)\s+\[(.*?)\]$");

    [TestMethod]
    public void Under_GitHub_Actions_every_diagnostic_line_is_an_annotation()
    {
        var project = new TestProject(dockerfile: "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nRUN apt-get update && apt-get install -y curl\n");
        project.Environment["GITHUB_ACTIONS"] = "true";

        var result = project.Build("-tl:off");

        var lines = result.Output.ReplaceLineEndings("\n").Split('\n').Where(l => l.Contains(": warning DL", StringComparison.Ordinal) || l.Contains(": warning CSEC", StringComparison.Ordinal)).ToList();
        Assert.IsNotEmpty(lines, result.ToString());
        foreach (var line in lines)
        {
            var match = GitHubCsc.Match(line.Trim());
            Assert.IsTrue(match.Success, "not annotated on GitHub: " + line);
            Assert.AreEqual(Path.Combine(project.Directory, "Dockerfile"), match.Groups[1].Value);
        }
        var dl3008 = lines.Select(l => GitHubCsc.Match(l.Trim())).First(m => m.Groups[4].Value == "DL3008");
        Assert.AreEqual("2", dl3008.Groups[2].Value);
        Assert.AreEqual(project.ProjectFile, dl3008.Groups[6].Value);
    }

    [TestMethod]
    public void Elsewhere_the_end_position_stays_for_the_Visual_Studio_error_list()
    {
        var project = new TestProject(dockerfile: "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nRUN apt-get update && apt-get install -y curl\n");
        project.Environment["GITHUB_ACTIONS"] = null;

        var result = project.Build("-tl:off");

        StringAssert.Matches(result.Output, new Regex(@"Dockerfile\(2,1,2,\d+\): warning DL3008"));
    }
}
