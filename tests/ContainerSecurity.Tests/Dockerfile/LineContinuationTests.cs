using ContainerSecurity.Dockerfile;

namespace ContainerSecurity.Tests.Dockerfile;

[TestClass]
public sealed class LineContinuationTests
{
    [TestMethod]
    [DataRow("RUN a \\\n  b", "a   b", DisplayName = "indentation of the next line is kept")]
    [DataRow("RUN a\\\nb", "ab", DisplayName = "no blank is added")]
    [DataRow("RUN a \\   \n b", "a  b", DisplayName = "blanks after the backslash")]
    [DataRow("RUN a \\\r\n  b\r\n", "a   b", DisplayName = "CRLF")]
    [DataRow("RUN a \\\n# comment\n  b", "a   b", DisplayName = "comment line skipped")]
    [DataRow("RUN a \\\n    # indented comment\n  b", "a   b", DisplayName = "indented comment line skipped")]
    [DataRow("RUN a \\\n\n  b", "a   b", DisplayName = "blank line skipped")]
    [DataRow("RUN echo \\\\\nRUN b", "echo \\\\", DisplayName = "an escaped backslash does not continue")]
    [DataRow("RUN a \\", "a", DisplayName = "at the end of the file")]
    public void Lines_are_joined_as_BuildKit_joins_them(string run, string arguments)
    {
        var document = DockerfileParser.Parse("FROM alpine\n" + run);

        Assert.AreEqual(arguments, document.Instructions[1].Arguments);
        Assert.IsEmpty(document.Errors);
    }

    [TestMethod]
    public void The_instruction_spans_every_line_it_was_joined_from()
    {
        var document = DockerfileParser.Parse("FROM alpine\n  RUN apk add \\\n    # curl for the probe\n      curl \\\n      jq\nUSER app\n");

        var run = document.Instructions[1];
        Assert.AreEqual((2, 3, 5, 9), (run.StartLine, run.StartColumn, run.EndLine, run.EndColumn));
        Assert.AreEqual("RUN apk add \\\n    # curl for the probe\n      curl \\\n      jq", run.Original);
        Assert.AreEqual("apk add       curl       jq", run.Arguments);
        Assert.AreEqual(new Comment("curl for the probe", 3, 5), document.Comments.Single());
    }

    [TestMethod]
    public void A_blank_line_in_a_continuation_is_BuildKit_warning()
    {
        var document = DockerfileParser.Parse(
            "FROM alpine:3.6\n\nRUN valid \\\n    continuation\n\nRUN something \\\n\n    following \\\n\n    more\n\n"
            + "RUN another \\\n\n    thing\n\nRUN non-indented \\\n# this is a comment\n   after-comment\n\n"
            + "RUN indented \\\n    # this is an indented comment\n    comment\n\t");

        Assert.HasCount(2, document.Warnings);
        StringAssert.Contains(document.Warnings[0].Message, "Empty continuation line found in: RUN something     following     more");
        Assert.AreEqual(7, document.Warnings[0].Line);
        StringAssert.Contains(document.Warnings[1].Message, "RUN another     thing");
        Assert.IsEmpty(document.Errors);
    }

    [TestMethod]
    public void An_empty_line_no_longer_breaks_a_continuation()
    {
        // moby's empty-line-after-escape testfile: BuildKit now joins "bar" and warns.
        var document = DockerfileParser.Parse("FROM busybox\n\n# comment\nRUN foo \\\n\nbar\n");

        Assert.AreEqual("(from \"busybox\")\n(run \"foo bar\")\n", BuildKitAst.Dump(document));
        Assert.HasCount(1, document.Warnings);
    }

    [TestMethod]
    public void With_the_backtick_escape_a_trailing_backslash_is_a_plain_character()
    {
        var document = DockerfileParser.Parse(
            "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY app C:\\app\\\nRUN dir C:\\app && `\n    echo done\n");

        Assert.AreEqual("app C:\\app\\", document.Instructions[1].Arguments);
        CollectionAssert.AreEqual(new[] { "app", "C:\\app\\" }, document.Instructions[1].Words.ToArray());
        Assert.AreEqual("dir C:\\app &&     echo done", document.Instructions[2].Arguments);
        Assert.IsEmpty(document.Errors);
    }

    [TestMethod]
    public void A_continuation_at_the_end_of_the_file_leaves_what_was_read()
    {
        var document = DockerfileParser.Parse("FROM \\");

        Assert.AreEqual("FROM requires either one or three arguments: write FROM <image> [AS <name>]", document.Errors.Single().Message);
    }

    [TestMethod]
    public void The_escape_testfiles_join_with_the_escape_in_effect()
    {
        // moby's escape and escape-after-comment testfiles: the same ENV, joined with ` and with \ respectively.
        var withBacktick = DockerfileParser.Parse("#escape = `\n\nFROM image\nMAINTAINER foo@bar.com\nENV GOPATH `\n\\go");
        var afterComment = DockerfileParser.Parse(
            "# Comment here. Should not be looking for the following parser directive.\n# Hence the following line will be ignored, and the subsequent backslash\n"
            + "# continuation will be the default.\n# escape = `\n\nFROM image\nMAINTAINER foo@bar.com\nENV GOPATH \\\n\\go");

        const string expected = "(from \"image\")\n(maintainer \"foo@bar.com\")\n(env \"GOPATH\" \"\\\\go\")\n";
        Assert.AreEqual(expected, BuildKitAst.Dump(withBacktick));
        Assert.AreEqual(expected, BuildKitAst.Dump(afterComment));
        Assert.AreEqual('`', withBacktick.EscapeChar);
        Assert.AreEqual('\\', afterComment.EscapeChar);
    }
}
