using ContainerSecurity.Dockerfile;

namespace ContainerSecurity.Tests.Dockerfile;

[TestClass]
public sealed class ParserDirectiveTests
{
    [TestMethod]
    public void Syntax_escape_and_check_directives_are_read_with_their_lines()
    {
        var document = DockerfileParser.Parse(
            "# syntax=docker/dockerfile:1.7\n# escape=`\n# check=skip=JSONArgsRecommended,StageNameCasing;error=true\nFROM alpine\n");

        Assert.HasCount(3, document.Directives);
        Assert.AreEqual(new ParserDirective("syntax", "docker/dockerfile:1.7", 1, 1), document.Directives[0]);
        Assert.AreEqual(new ParserDirective("escape", "`", 2, 1), document.Directives[1]);
        Assert.AreEqual(3, document.Directives[2].Line);
        Assert.AreEqual("docker/dockerfile:1.7", document.Syntax);
        Assert.AreEqual('`', document.EscapeChar);
        Assert.IsNotNull(document.Check);
        CollectionAssert.AreEqual(new[] { "JSONArgsRecommended", "StageNameCasing" }, document.Check.Skip.ToArray());
        Assert.IsTrue(document.Check.Error);
        Assert.IsEmpty(document.Comments);
        Assert.IsEmpty(document.Errors);
    }

    [TestMethod]
    [DataRow("#escape=`")]
    [DataRow("# escape =`")]
    [DataRow("#\tescape= `")]
    [DataRow("# escape = `")]
    [DataRow("#\t  eScApE=`")]
    [DataRow("# ESCAPE=`   ")]
    [DataRow("  # escape=`")]
    public void The_directive_allows_blanks_and_any_case(string line)
    {
        var document = DockerfileParser.Parse(line + "\nFROM alpine\nRUN echo a `\n  b\n");

        Assert.AreEqual('`', document.EscapeChar);
        Assert.AreEqual("echo a   b", document.Instructions[1].Arguments);
    }

    [TestMethod]
    [DataRow("FROM alpine\n# escape=`\n", DisplayName = "after an instruction")]
    [DataRow("# a comment first\n# escape=`\nFROM alpine\n", DisplayName = "after a comment")]
    [DataRow("\n# escape=`\nFROM alpine\n", DisplayName = "after a blank line")]
    [DataRow("# unknown=directive\n# escape=`\nFROM alpine\n", DisplayName = "after an unknown directive")]
    [DataRow("# escape=\nFROM alpine\n", DisplayName = "without a value")]
    public void A_directive_anywhere_but_the_top_is_a_comment(string text)
    {
        var document = DockerfileParser.Parse(text);

        Assert.AreEqual('\\', document.EscapeChar);
        Assert.IsTrue(document.Comments.Any(c => c.Text.StartsWith("escape", StringComparison.Ordinal)));
        Assert.IsEmpty(document.Errors);
    }

    [TestMethod]
    public void A_repeated_directive_is_an_error_and_the_first_one_stays()
    {
        var document = DockerfileParser.Parse("# escape=`\n# escape=\\\nFROM alpine\n");

        var error = document.Errors.Single();
        Assert.AreEqual(2, error.Line);
        StringAssert.Contains(error.Message, "only one escape parser directive can be used");
        Assert.AreEqual('`', document.EscapeChar);
    }

    [TestMethod]
    public void An_escape_other_than_backslash_or_backtick_is_an_error()
    {
        var document = DockerfileParser.Parse("# escape=x\nFROM alpine\n");

        Assert.AreEqual(new DockerfileError(
            "invalid escape token 'x' does not match ` or \\: write '# escape=`' or '# escape=\\'", 1, 1), document.Errors.Single());
        Assert.AreEqual('\\', document.EscapeChar);
    }

    [TestMethod]
    [DataRow("skip=all", true, "", false)]
    [DataRow("skip=A, B ; error=false", false, "A|B", false)]
    [DataRow("error=1", false, "", true)]
    [DataRow(" ", false, "", false)]
    public void The_check_directive_is_read_as_BuildKit_linter_reads_it(string value, bool skipAll, string skip, bool error)
    {
        var check = CheckDirective.Parse(value, out var problem);

        Assert.IsNull(problem);
        Assert.IsNotNull(check);
        Assert.AreEqual(skipAll, check.SkipAll);
        Assert.AreEqual(skip, string.Join("|", check.Skip));
        Assert.AreEqual(error, check.Error);
    }

    [TestMethod]
    [DataRow("# check=error=maybe")]
    [DataRow("# check=skip")]
    [DataRow("# check=fail=true")]
    public void A_malformed_check_directive_is_an_error(string line)
    {
        var document = DockerfileParser.Parse(line + "\nFROM alpine\n");

        Assert.AreEqual(1, document.Errors.Single().Line);
        Assert.IsNull(document.Check);
    }
}
