using ContainerSecurity.Dockerfile;

namespace ContainerSecurity.Tests.Dockerfile;

[TestClass]
public sealed class InstructionTests
{
    [TestMethod]
    [DataRow("FROM alpine", "FROM", 1, 1, 1, 12)]
    [DataRow("   from alpine   ", "FROM", 1, 4, 1, 15)]
    [DataRow("\tRun echo hi", "RUN", 1, 2, 1, 13)]
    public void Keyword_is_upper_case_and_positions_are_exact(string line, string keyword, int startLine, int startColumn, int endLine, int endColumn)
    {
        var instruction = DockerfileParser.Parse(line).Instructions[0];

        Assert.AreEqual(keyword, instruction.Keyword);
        Assert.AreEqual((startLine, startColumn, endLine, endColumn),
            (instruction.StartLine, instruction.StartColumn, instruction.EndLine, instruction.EndColumn));
        Assert.AreEqual(line.Trim(), instruction.Original);
    }

    [TestMethod]
    public void CRLF_and_a_byte_order_mark_change_nothing()
    {
        var lf = DockerfileParser.Parse("FROM alpine AS base\nRUN echo a \\\n  b\nUSER app\n");
        var crlf = DockerfileParser.Parse("\uFEFFFROM alpine AS base\r\nRUN echo a \\\r\n  b\r\nUSER app\r\n");

        Assert.AreEqual(BuildKitAst.Dump(lf), BuildKitAst.Dump(crlf));
        Assert.AreEqual((1, 1), (crlf.Instructions[0].StartLine, crlf.Instructions[0].StartColumn));
        Assert.AreEqual((2, 3, 4), (crlf.Instructions[1].StartLine, crlf.Instructions[1].EndLine, crlf.Instructions[1].EndColumn));
        Assert.AreEqual("RUN echo a \\\r\n  b", crlf.Instructions[1].Original);
        Assert.IsEmpty(crlf.Errors);
    }

    [TestMethod]
    public void ONBUILD_parses_the_instruction_it_registers()
    {
        var document = DockerfileParser.Parse("FROM alpine\nONBUILD COPY --chown=app . /src\nONBUILD RUN [\"make\"]\n");

        var onbuild = document.Instructions[1];
        var trigger = onbuild.OnBuildTrigger!;
        Assert.AreEqual("COPY", trigger.Keyword);
        Assert.AreEqual("chown", trigger.Flags.Single().Name);
        Assert.AreEqual((2, 9, 2, 32), (trigger.StartLine, trigger.StartColumn, trigger.EndLine, trigger.EndColumn));
        CollectionAssert.AreEqual(new[] { ".", "/src" }, trigger.Words.ToArray());
        Assert.AreEqual("COPY --chown=app . /src", trigger.Original);
        Assert.IsTrue(document.Instructions[2].OnBuildTrigger!.IsJsonForm);
        Assert.AreEqual("(onbuild (copy [\"--chown=app\"] \".\" \"/src\"))\n(onbuild (run \"make\"))\n",
            BuildKitAst.Dump(document).Split('\n', 2)[1]);
        Assert.IsEmpty(document.Errors);
    }

    [TestMethod]
    [DataRow("ONBUILD ONBUILD RUN x", "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed")]
    [DataRow("ONBUILD FROM alpine", "FROM isn't allowed as an ONBUILD trigger")]
    [DataRow("onbuild maintainer me", "MAINTAINER isn't allowed as an ONBUILD trigger")]
    [DataRow("ONBUILD", "ONBUILD requires at least one argument: write ONBUILD <instruction>")]
    public void ONBUILD_triggers_BuildKit_refuses(string line, string message)
    {
        Assert.AreEqual(message, DockerfileParser.Parse("FROM alpine\n" + line + "\n").Errors.Single().Message);
    }

    [TestMethod]
    public void HEALTHCHECK_NONE_and_CMD()
    {
        var document = DockerfileParser.Parse("FROM alpine\nHEALTHCHECK NONE\nHEALTHCHECK --interval=5m --timeout=3s \\\n  CMD curl -f http://localhost/ || exit 1\n");

        CollectionAssert.AreEqual(new[] { "NONE" }, document.Instructions[1].Words.ToArray());
        var cmd = document.Instructions[2];
        Assert.AreEqual("5m", cmd.Flag("interval")!.Value);
        Assert.AreEqual("CMD curl -f http://localhost/ || exit 1", cmd.Arguments);
        Assert.IsEmpty(document.Errors);
    }

    [TestMethod]
    [DataRow("HEALTHCHECK", "HEALTHCHECK requires at least one argument: write HEALTHCHECK CMD <command> or HEALTHCHECK NONE")]
    [DataRow("HEALTHCHECK NONE now", "HEALTHCHECK NONE takes no arguments")]
    [DataRow("HEALTHCHECK CMD", "Missing command after HEALTHCHECK CMD")]
    [DataRow("HEALTHCHECK CONNECT TCP 7000", "Unknown type \"CONNECT\" in HEALTHCHECK (try CMD)")]
    [DataRow("HEALTHCHECK --interval=5 CMD true", "time: missing unit in duration \"5\"")]
    [DataRow("HEALTHCHECK --timeout=1x CMD true", "time: unknown unit \"x\" in duration \"1x\"")]
    [DataRow("HEALTHCHECK --start-period=500us CMD true", "Interval \"start-period\" cannot be less than 1ms")]
    [DataRow("HEALTHCHECK --retries=-1 CMD true", "--retries cannot be negative (-1)")]
    [DataRow("HEALTHCHECK --retries=many CMD true", "strconv.ParseInt: parsing \"many\": invalid syntax")]
    public void HEALTHCHECK_forms_BuildKit_refuses(string line, string message)
    {
        Assert.AreEqual(message, DockerfileParser.Parse("FROM alpine\n" + line + "\n").Errors.Single().Message);
    }

    [TestMethod]
    [DataRow("HEALTHCHECK --interval=1h30m --timeout=1.5s --start-period=0s --retries=0 CMD true")]
    [DataRow("HEALTHCHECK --interval=300ms --timeout=1\u00b5s1ms CMD true")]
    public void Go_durations_BuildKit_accepts(string line)
    {
        Assert.IsEmpty(DockerfileParser.Parse("FROM alpine\n" + line + "\n").Errors);
    }

    [TestMethod]
    public void MAINTAINER_USER_WORKDIR_STOPSIGNAL_and_EXPOSE_keep_their_text()
    {
        var document = DockerfileParser.Parse(
            "FROM alpine\nMAINTAINER Jane Doe <jane@example.com>\nUSER app:app\nWORKDIR /app/src dir\nSTOPSIGNAL SIGQUIT\nEXPOSE 80 443/tcp 53/udp 8000-8010\n");

        Assert.AreEqual("Jane Doe <jane@example.com>", document.Instructions[1].Words.Single());
        Assert.AreEqual("app:app", document.Instructions[2].Words.Single());
        Assert.AreEqual("/app/src dir", document.Instructions[3].Words.Single());
        Assert.AreEqual("SIGQUIT", document.Instructions[4].Words.Single());
        CollectionAssert.AreEqual(new[] { "80", "443/tcp", "53/udp", "8000-8010" }, document.Instructions[5].Words.ToArray());
        Assert.IsEmpty(document.Errors);
    }

    [TestMethod]
    [DataRow("USER", "USER requires exactly one argument: write USER <value>")]
    [DataRow("WORKDIR", "WORKDIR requires exactly one argument: write WORKDIR <value>")]
    [DataRow("MAINTAINER", "MAINTAINER requires exactly one argument: write MAINTAINER <value>")]
    [DataRow("STOPSIGNAL", "STOPSIGNAL requires exactly one argument: write STOPSIGNAL <signal>")]
    [DataRow("EXPOSE", "EXPOSE requires at least one argument: write EXPOSE <port>[/<protocol>]")]
    [DataRow("VOLUME", "VOLUME requires at least one argument: write VOLUME <path>")]
    [DataRow("VOLUME [\" \"]", "VOLUME specified can not be an empty string")]
    [DataRow("COPY app", "COPY requires at least two arguments, but only one was provided. Destination could not be determined.")]
    [DataRow("ADD [\"x\"]", "ADD requires at least two arguments, but only one was provided. Destination could not be determined.")]
    public void Argument_counts_BuildKit_refuses(string line, string message)
    {
        Assert.AreEqual(message, DockerfileParser.Parse("FROM alpine\n" + line + "\n").Errors.Single().Message);
    }

    [TestMethod]
    public void RUN_CMD_and_ENTRYPOINT_may_be_empty()
    {
        Assert.IsEmpty(DockerfileParser.Parse("FROM alpine\nRUN\nCMD\nENTRYPOINT\n").Errors);
    }
}
