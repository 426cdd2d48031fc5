using ContainerSecurity.Dockerfile;

namespace ContainerSecurity.Tests.Dockerfile;

[TestClass]
public sealed class ErrorTests
{
    [TestMethod]
    [DataRow("FROM alpine\nRUNN echo", "unknown instruction: RUNN (did you mean RUN?)", 2, 1)]
    [DataRow("FROM alpine\nRUN apk add \\\ncurl\n  jq", "unknown instruction: JQ", 4, 3)]
    [DataRow("FROM alpine\nENV A=\"unclosed", "failed to process \"\\\"unclosed\": unexpected end of statement while looking for matching double-quote", 2, 5)]
    [DataRow("FROM alpine\nENV A=${B", "failed to process \"${B\": syntax error: missing '}'", 2, 5)]
    [DataRow("FROM alpine\nLABEL a=${:x}", "failed to process \"${:x}\": syntax error: bad substitution", 2, 7)]
    public void Errors_say_where_and_what(string text, string message, int line, int column)
    {
        var error = DockerfileParser.Parse(text).Errors.Single();

        StringAssert.StartsWith(error.Message, message);
        Assert.AreEqual((line, column), (error.Line, error.Column));
    }

    [TestMethod]
    public void Parsing_goes_on_after_an_error()
    {
        var document = DockerfileParser.Parse("FROM alpine\nCMD [1]\nRUNN x\nCOPY a\nUSER app\n");

        CollectionAssert.AreEqual(new[] { 2, 3, 4 }, document.Errors.Select(e => e.Line).ToArray());
        Assert.HasCount(5, document.Instructions);
    }

    [TestMethod]
    public void A_line_longer_than_BuildKit_scanner_allows_is_an_error()
    {
        var document = DockerfileParser.Parse("FROM alpine\nLABEL test=" + new string('a', 65536) + "\n");

        Assert.AreEqual(new DockerfileError("dockerfile line greater than max allowed size of 65535", 2, 1), document.Errors.Single());
    }

    [TestMethod]
    public void Null_or_garbage_input_never_throws()
    {
        Assert.IsNotEmpty(DockerfileParser.Parse(null!).Errors);
        Assert.IsNotEmpty(DockerfileParser.Parse("\0\0\0").Errors);
        Assert.IsNotEmpty(DockerfileParser.Parse("\\").Errors);
    }
}
