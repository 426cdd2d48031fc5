using ContainerSecurity.Rules.Dockerfile.Practices;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Practices;

[TestClass]
public sealed class DockerIgnorePatternSyntaxTests
{
    // Go's path/filepath match_test.go: the patterns filepath.Match answers ErrBadPattern for (moby's patternmatcher
    // calls it on every .dockerignore pattern), and the reversed range moby's Go regexp rejects.
    [TestMethod]
    [DataRow("[")]
    [DataRow("[^")]
    [DataRow("[^bc")]
    [DataRow("a[")]
    [DataRow("a/b[")]
    [DataRow("[]a]")]
    [DataRow("[]x")]
    [DataRow("[-]")]
    [DataRow("[x-]")]
    [DataRow("[-x]")]
    [DataRow("\\")]
    [DataRow("a\\")]
    [DataRow("[a-b-c]")]
    [DataRow("[z-a]")]
    [DataRow("src/[9-0]*.cs")]
    [DataRow("[\\")]
    [DataRow("[a\\")]
    public void Docker_rejects(string pattern) => Assert.IsNotNull(DockerIgnorePatternSyntax.Problem(pattern), pattern);

    [TestMethod]
    [DataRow("abc")]
    [DataRow("*")]
    [DataRow("**/bin")]
    [DataRow("*x")]
    [DataRow("a?b")]
    [DataRow("[abc]")]
    [DataRow("[^a-c]*")]
    [DataRow("a[^0-9]b")]
    [DataRow("[\\-]")]
    [DataRow("[x\\-]")]
    [DataRow("[\\]a]")]
    [DataRow("[a-a]")]
    [DataRow("x]")]
    [DataRow("\\*")]
    [DataRow("a\\[b")]
    [DataRow("[[:alpha:]]")]
    public void Docker_accepts(string pattern) => Assert.IsNull(DockerIgnorePatternSyntax.Problem(pattern), pattern);

    [TestMethod]
    public void Bad_lines_are_kept_with_their_number_and_the_good_ones_still_match()
    {
        var ignore = DockerIgnore.Parse(".dockerignore", ["# comment", "[]x", "*.txt", "", "![z-a]", "!", "bin"]);

        CollectionAssert.AreEqual(new[] { 2, 5, 6 }, ignore.BadLines.Select(b => b.Line).ToList());
        StringAssert.Contains(ignore.BadLines[1].Reason, "z-a");
        Assert.IsTrue(ignore.Excludes("notes.txt"));
        Assert.IsTrue(ignore.Excludes("bin/app.dll"));
        Assert.IsFalse(ignore.Excludes("src/app.cs"));
    }

    [TestMethod]
    public void A_pattern_made_to_backtrack_matches_a_long_path_at_once()
    {
        var ignore = DockerIgnore.Parse(".dockerignore", [string.Concat(Enumerable.Repeat("**/a*", 40)) + "b"]);
        var path = string.Join('/', Enumerable.Repeat(new string('a', 30), 40));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.IsFalse(ignore.Excludes(path));
        Assert.IsLessThan(30, watch.Elapsed.TotalSeconds, "a non-backtracking match is linear; this bound only catches an exponential one");
    }
}
