using System.Diagnostics;
using System.Text;
using ContainerSecurity.Dockerfile;

namespace ContainerSecurity.Tests.Dockerfile;

/// <summary>
/// Mutates the corpus with a fixed seed for a few seconds: parsing, splitting and scope computation must never
/// throw, never fall into the parser's safety net, and stay fast on every input.
/// </summary>
[TestClass]
public sealed class FuzzTests
{
    private static readonly string[] Tokens =
    [
        "\\", "\\\n", "`", "`\n", "<<", "<<-", "<<EOF", "<<'EOF'", "EOF\n", "'", "\"", "$", "${", "${a:-", "$(", "{", "}", "(", ")",
        "\0", "\n", "\r\n", "\r", "#", "# escape=`\n", "[", "]", "[\"", "\",", "=", "--", "--mount=", " ", "\t", "\u00a0", "\uFEFF",
        "\ud800", "ONBUILD ", "FROM ", "RUN ", "ENV ", "ARG ", "HEALTHCHECK ", "COPY <<a ", "&&", "|", ";", "\\u", "%", "#!", "*",
    ];

    [TestMethod]
    [Timeout(30_000, CooperativeCancellation = true)]
    public void Mutated_corpus_never_throws_and_stays_fast()
    {
        var random = new Random(20_250_611);
        var sources = CorpusFiles.All.Select(File.ReadAllText).ToList();
        var budget = Stopwatch.StartNew();
        var iterations = 0;
        long slowest = 0;

        while (budget.Elapsed < TimeSpan.FromSeconds(5) || iterations < 50)
        {
            var text = Mutate(sources[random.Next(sources.Count)], random);
            slowest = Math.Max(slowest, Exercise(text, iterations));
            iterations++;
        }

        Assert.IsLessThan(2000, slowest, $"slowest of {iterations} inputs took {slowest} ms");
    }

    [TestMethod]
    public void Hostile_inputs_never_throw_and_stay_fast()
    {
        string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));
        string[] inputs =
        [
            "FROM a\nRUN " + Repeat("$(", 50_000),
            "FROM a\nCMD " + Repeat("[", 100_000),
            "FROM a\nCMD [" + Repeat("\"a\",", 50_000) + "\"b\"]",
            "FROM a\nENV A=" + Repeat("${a:-", 20_000),
            "FROM a\nENV a=1 B=${a%" + Repeat("*a", 5_000) + "}",
            Repeat("ONBUILD ", 20_000) + "RUN x",
            "FROM a\nRUN x" + Repeat(" \\\n", 100_000),
            "FROM a\nRUN " + Repeat("<<A ", 20_000) + "\n" + Repeat("A\n", 20_000),
            "FROM a\nCOPY " + Repeat("--from=x ", 20_000) + "a b",
            Repeat("\\", 200_000),
            Repeat("#", 200_000),
            Repeat("\n", 200_000),
            "FROM a\nLABEL " + Repeat("\"", 100_001),
            "FROM a\nRUN " + Repeat("'", 100_001) + Repeat("`", 100_001),
            "FROM a\nHEALTHCHECK --interval=" + Repeat("9", 10_000) + "h CMD x",
            Repeat("FROM a AS b\n", 20_000),
            "FROM a\n" + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"ENV V{i}=$V{i - 1}x\n")),
        ];

        for (var i = 0; i < inputs.Length; i++)
            Assert.IsLessThan(3000, Exercise(inputs[i], i), $"input {i}");
    }

    private static long Exercise(string text, int iteration)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var document = DockerfileParser.Parse(text);
            foreach (var instruction in document.Instructions)
                ShellCommandSplitter.Split(instruction);
            ShellCommandSplitter.Split(text);
            VariableScopes.Compute(document);
            var internalError = document.Errors.FirstOrDefault(e => e.Message.StartsWith("internal parser error", StringComparison.Ordinal));
            Assert.IsNull(internalError, $"{internalError?.Message}\n{Excerpt(text)}");
        }
        catch (Exception e) when (e is not AssertFailedException)
        {
            Assert.Fail($"input {iteration} threw {e}\n{Excerpt(text)}");
        }
        return watch.ElapsedMilliseconds;
    }

    private static string Mutate(string source, Random random)
    {
        var text = new StringBuilder(source);
        var operations = random.Next(1, 9);
        for (var n = 0; n < operations; n++)
        {
            var at = random.Next(text.Length + 1);
            var length = Math.Min(random.Next(1, 24), text.Length - at);
            switch (random.Next(8))
            {
                case 0 when length > 0:
                    text.Remove(at, length);
                    break;
                case 1 when length > 0:
                    text.Insert(at, text.ToString(at, length));
                    break;
                case 2 when text.Length > 1:
                    var other = random.Next(text.Length);
                    at = Math.Min(at, text.Length - 1);
                    (text[at], text[other]) = (text[other], text[at]);
                    break;
                case 3:
                    text.Length = at;
                    break;
                case 4:
                    text.Insert(at, string.Concat(Enumerable.Repeat(Tokens[random.Next(Tokens.Length)], random.Next(500, 5000))));
                    break;
                case 5:
                    text.Insert(at, new string((char)random.Next(32, 127), 70_000));
                    break;
                default:
                    text.Insert(at, Tokens[random.Next(Tokens.Length)]);
                    break;
            }
        }
        return text.ToString();
    }

    private static string Excerpt(string text) => text.Length <= 600 ? text : text[..600] + "...";
}
