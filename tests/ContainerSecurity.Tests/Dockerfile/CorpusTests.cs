using ContainerSecurity.Dockerfile;

namespace ContainerSecurity.Tests.Dockerfile;

/// <summary>Realistic Dockerfiles (Corpus/*.Dockerfile) BuildKit builds: they must parse without a single complaint.</summary>
[TestClass]
public sealed class CorpusTests
{
    public static IEnumerable<object[]> Files => CorpusFiles.All.Select(f => new object[] { Path.GetFileName(f) });

    [TestMethod]
    [DynamicData(nameof(Files))]
    public void A_corpus_Dockerfile_parses_cleanly(string name)
    {
        var text = File.ReadAllText(CorpusFiles.PathOf(name));

        var document = DockerfileParser.Parse(text, name);

        Assert.AreEqual("", string.Join("\n", document.Errors.Concat(document.Warnings).Select(e => $"{e.Line}:{e.Column} {e.Message}")));
        Assert.AreEqual(name, document.Path);
        Assert.IsNotEmpty(document.Stages);
        foreach (var instruction in document.Instructions)
        {
            Assert.IsTrue(instruction.Original.StartsWith(instruction.Keyword, StringComparison.OrdinalIgnoreCase), instruction.Original);
            Assert.IsLessThanOrEqualTo(instruction.EndLine, instruction.StartLine);
            foreach (var command in ShellCommandSplitter.Split(instruction))
                Assert.IsFalse(string.IsNullOrEmpty(command.Text));
        }
        Assert.HasCount(document.Stages.Count, VariableScopes.Compute(document).Stages);
    }

    [TestMethod]
    public void The_corpus_has_the_kinds_of_files_it_should()
    {
        Assert.IsGreaterThanOrEqualTo(20, CorpusFiles.All.Count);
    }

    [TestMethod]
    public void The_Windows_file_uses_the_backtick_BOM_and_CRLF()
    {
        var text = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(CorpusFiles.PathOf("windows-servercore.Dockerfile")));

        var document = DockerfileParser.Parse(text);

        Assert.AreEqual('\uFEFF', text[0]);
        Assert.AreEqual('`', document.EscapeChar);
        Assert.AreEqual(1, document.Directives.Single().Line);
        var env = document.Instructions.Single(i => i.Is("ENV"));
        CollectionAssert.AreEqual(new[] { "APP_HOME=C:\\app", "TOOLS=C:\\tools" }, env.KeyValues.Select(kv => $"{kv.Key}={kv.Value}").ToArray());
        var run = document.Instructions.Single(i => i.Is("RUN"));
        Assert.AreEqual((9, 1, 12, 28), (run.StartLine, run.StartColumn, run.EndLine, run.EndColumn));
        Assert.AreEqual("C:\\app\\Service.exe", document.Instructions[^1].JsonArguments.Single());
    }

    [TestMethod]
    public void The_heredoc_file_has_its_bodies_and_commands()
    {
        var document = DockerfileParser.Parse(File.ReadAllText(CorpusFiles.PathOf("heredocs.Dockerfile")));

        var copy = document.Instructions.Single(i => i.Is("COPY"));
        CollectionAssert.AreEqual(new[] { "config.json", "motd" }, copy.Heredocs.Select(h => h.Name).ToArray());
        var script = document.Instructions.First(i => i.Is("RUN"));
        CollectionAssert.AreEqual(new[] { "set", "apt-get update", "apt-get install", "rm" },
            ShellCommandSplitter.Split(script).Select(c => c.Is("rm") || c.Is("set") ? c.Program : c.Invocation).ToArray());
        var quoted = document.Instructions.Where(i => i.Is("RUN")).ElementAt(1).Heredocs.Single();
        Assert.IsTrue(quoted.IsQuoted && quoted.StripTabs);
        Assert.AreEqual("set -euo pipefail\necho \"no $EXPANSION here\"\n", quoted.Content);
    }

    [TestMethod]
    public void Pragmas_and_directives_are_available()
    {
        var debian = DockerfileParser.Parse(File.ReadAllText(CorpusFiles.PathOf("debian-apt.Dockerfile")));
        var chiseled = DockerfileParser.Parse(File.ReadAllText(CorpusFiles.PathOf("dotnet-chiseled.Dockerfile")));

        Assert.AreEqual(new Comment("hadolint ignore=DL3008", 3, 1), debian.Comments[0]);
        Assert.AreEqual(new Comment("keys for the vendor repository", 9, 5), debian.Comments[1]);
        Assert.AreEqual("docker/dockerfile:1.7", chiseled.Syntax);
        CollectionAssert.AreEqual(new[] { "JSONArgsRecommended" }, chiseled.Check!.Skip.ToArray());
        Assert.IsTrue(chiseled.Check.Error);
    }
}

internal static class CorpusFiles
{
    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Dockerfile", "Corpus");

    public static IReadOnlyList<string> All { get; } =
        System.IO.Directory.GetFiles(Directory, "*.Dockerfile").Order(StringComparer.Ordinal).ToList();

    public static string PathOf(string name) => Path.Combine(Directory, name);
}
