using ContainerSecurity.Dockerfile;

namespace ContainerSecurity.Tests.Dockerfile;

[TestClass]
public sealed class HeredocTests
{
    // BuildKit's TestParseExtractsHeredoc: one instruction per block, and the heredocs each one gets.
    private const string BuildKitHeredocs = """
        FROM alpine:3.6

        ENV NAME=me

        RUN ls

        USER <<INVALID
        INVALID

        RUN <<EMPTY
        EMPTY

        RUN 3<<EMPTY2
        EMPTY2

        RUN "<<NOHEREDOC"

        RUN <<INDENT
        	foo
        	bar
        INDENT

        RUN <<-UNINDENT
        	baz
        	quux
        UNINDENT

        RUN <<-UNINDENT2
        	baz
        	quux
        	UNINDENT2

        RUN <<-EXPAND
        	expand $NAME
        EXPAND

        RUN <<-'NOEXPAND'
        	don't expand $NAME
        NOEXPAND

        RUN <<COPY
        echo hello world
        echo foo bar
        COPY

        RUN <<COMMENT
        # internal comment
        echo hello world
        echo foo bar # trailing comment
        COMMENT

        RUN --mount=type=cache,target=/foo <<MOUNT
        echo hello
        MOUNT

        COPY <<FILE1 <<FILE2 /dest
        content 1
        FILE1
        content 2
        FILE2

        COPY <<EOF /quotes
        "foo"
        'bar'
        EOF

        COPY <<X <<Y /dest
        Y
        X
        X
        Y

        RUN <<COMPLEX python3
        print('hello world')
        COMPLEX

        COPY <<file.txt /dest
        hello world
        file.txt

        RUN <<eo'f'
        echo foo
        eof

        RUN <<eo\'f
        echo foo
        eo'f

        RUN <<'e'o\'f
        echo foo
        eo'f

        RUN <<'one two'
        echo bar
        one two

        RUN <<$EOF
        $EOF

        RUN <<  EOF
        EOF

        RUN <<  EOF  > foo
        EOF
        """;

    [TestMethod]
    public void BuildKit_heredoc_cases_give_BuildKit_names_contents_and_flags()
    {
        var document = DockerfileParser.Parse(BuildKitHeredocs);

        string[] expected =
        [
            "", "", "", "", "EMPTY||expand|fd0", "EMPTY2||expand|fd3", "", "INDENT|\tfoo\n\tbar\n|expand|fd0",
            "UNINDENT|\tbaz\n\tquux\n|expand|chomp|fd0", "UNINDENT2|\tbaz\n\tquux\n|expand|chomp|fd0",
            "EXPAND|\texpand $NAME\n|expand|chomp|fd0", "NOEXPAND|\tdon't expand $NAME\n|chomp|fd0",
            "COPY|echo hello world\necho foo bar\n|expand|fd0",
            "COMMENT|# internal comment\necho hello world\necho foo bar # trailing comment\n|expand|fd0",
            "MOUNT|echo hello\n|expand|fd0", "FILE1|content 1\n|expand|fd0;FILE2|content 2\n|expand|fd0",
            "EOF|\"foo\"\n'bar'\n|expand|fd0", "X|Y\n|expand|fd0;Y|X\n|expand|fd0", "COMPLEX|print('hello world')\n|expand|fd0",
            "file.txt|hello world\n|expand|fd0", "eof|echo foo\n|fd0", "eo'f|echo foo\n|expand|fd0", "eo'f|echo foo\n|fd0",
            "one two|echo bar\n|fd0", "$EOF||expand|fd0", "EOF||expand|fd0", "EOF||expand|fd0",
        ];
        var actual = document.Instructions.Skip(1).Select(i => string.Join(";", i.Heredocs.Select(Describe))).ToArray();
        CollectionAssert.AreEqual(expected, actual);
        // USER cannot take a heredoc, so its would-be body is an instruction BuildKit does not know.
        Assert.AreEqual("unknown instruction: INVALID", document.Errors.Single().Message.Split(" (")[0]);
    }

    private static string Describe(Heredoc h) =>
        $"{h.Name}|{h.RawContent}" + (h.IsQuoted ? "" : "|expand") + (h.StripTabs ? "|chomp" : "") + $"|fd{h.FileDescriptor}";

    [TestMethod]
    public void Several_heredocs_are_read_one_after_the_other_with_their_lines()
    {
        var document = DockerfileParser.Parse("FROM alpine\nCOPY <<a <<b /dst/\nfirst\na\nsecond\nmore\nb\nUSER app\n");

        var copy = document.Instructions[1];
        Assert.AreEqual((2, 1, 7, 2), (copy.StartLine, copy.StartColumn, copy.EndLine, copy.EndColumn));
        Assert.AreEqual(("a", "first\n", 3, 4), (copy.Heredocs[0].Name, copy.Heredocs[0].Content, copy.Heredocs[0].StartLine, copy.Heredocs[0].EndLine));
        Assert.AreEqual(("b", "second\nmore\n", 5, 7), (copy.Heredocs[1].Name, copy.Heredocs[1].Content, copy.Heredocs[1].StartLine, copy.Heredocs[1].EndLine));
        Assert.AreEqual("COPY <<a <<b /dst/\nfirst\na\nsecond\nmore\nb", copy.Original);
        Assert.AreEqual(8, document.Instructions[2].StartLine);
        Assert.IsEmpty(document.Errors);
    }

    [TestMethod]
    public void Tabs_are_stripped_from_a_dash_heredoc_body_but_kept_in_the_raw_content()
    {
        var run = DockerfileParser.Parse("FROM alpine\nRUN <<-EOF\n\tapk add curl\n\t\tEOF\n").Instructions[1];

        var heredoc = run.Heredocs.Single();
        Assert.AreEqual("\tapk add curl\n", heredoc.RawContent);
        Assert.AreEqual("apk add curl\n", heredoc.Content);
        Assert.IsTrue(heredoc.StripTabs);
    }

    [TestMethod]
    public void Body_lines_are_never_comments_or_instructions_and_keep_their_CRLF()
    {
        var document = DockerfileParser.Parse("FROM alpine\r\nRUN <<EOF\r\n# not a comment\r\nFROM nope\r\nEOF\r\nUSER app\r\n");

        Assert.HasCount(3, document.Instructions);
        Assert.AreEqual("# not a comment\r\nFROM nope\r\n", document.Instructions[1].Heredocs.Single().RawContent);
        Assert.IsEmpty(document.Comments);
        Assert.IsEmpty(document.Errors);
    }

    [TestMethod]
    [DataRow("USER <<EOF", DisplayName = "USER")]
    [DataRow("RUN [\"<<EOF\"]", DisplayName = "JSON RUN")]
    [DataRow("RUN [\"<<'EOF'\"]", DisplayName = "JSON RUN quoted")]
    [DataRow("RUN echo '<<EOF'", DisplayName = "quoted word")]
    [DataRow("RUN cat <<<EOF", DisplayName = "here-string")]
    [DataRow("RUN echo a<<EOF", DisplayName = "not at the start of a word")]
    public void Only_unquoted_heredoc_words_of_shell_form_RUN_COPY_ADD_start_a_heredoc(string line)
    {
        var document = DockerfileParser.Parse("FROM alpine\n" + line + "\n");

        Assert.IsEmpty(document.Instructions[1].Heredocs);
    }

    [TestMethod]
    public void An_ONBUILD_of_a_RUN_carries_the_heredoc()
    {
        var onbuild = DockerfileParser.Parse("FROM alpine\nONBUILD RUN <<EOF\necho hi\nEOF\n").Instructions[1];

        Assert.AreEqual("echo hi\n", onbuild.Heredocs.Single().Content);
        Assert.AreEqual("EOF", onbuild.OnBuildTrigger!.Heredocs.Single().Name);
        Assert.AreEqual(4, onbuild.EndLine);
    }

    [TestMethod]
    public void An_unterminated_heredoc_is_an_error_and_keeps_what_was_read()
    {
        var document = DockerfileParser.Parse("FROM alpine\nRUN <<EOF\necho hi\n");

        var error = document.Errors.Single();
        Assert.AreEqual((2, 1), (error.Line, error.Column));
        StringAssert.Contains(error.Message, "unterminated heredoc");
        Assert.AreEqual("echo hi\n", document.Instructions[1].Heredocs.Single().Content);
    }

    [TestMethod]
    public void A_heredoc_destination_is_an_error()
    {
        var document = DockerfileParser.Parse("FROM alpine\nCOPY <<a <<b\nx\na\ny\nb\n");

        Assert.AreEqual("COPY cannot accept a heredoc as a destination", document.Errors.Single().Message);
    }
}
