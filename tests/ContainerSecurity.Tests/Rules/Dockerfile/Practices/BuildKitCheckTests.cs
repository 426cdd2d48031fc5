using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Practices;

[TestClass]
public sealed class BuildKitCheckTests
{
    private static void Lines(string code, string text, params int[] lines)
    {
        var found = DockerfileLint.Of(code, text);
        CollectionAssert.AreEqual(lines, found.Select(f => f.Line).ToList(), string.Join("; ", found));
        Assert.IsTrue(found.All(f => f.Level == DiagnosticLevel.Warning));
    }

    [TestMethod]
    public void CSEC1110_stage_name_casing()
    {
        Lines("CSEC1110", "FROM debian:12 AS Build\nFROM debian:12 AS test\n", 1);
    }

    [TestMethod]
    public void CSEC1111_from_as_casing()
    {
        Lines("CSEC1111", "FROM debian:12 as build\nfrom debian:12 AS test\nFROM debian:12 AS ok\nfrom debian:12 as ok2\n", 1, 2);
    }

    [TestMethod]
    public void CSEC1112_reserved_stage_name()
    {
        Lines("CSEC1112", "FROM debian:12 AS context\nFROM debian:12 AS build\n", 1);
    }

    [TestMethod]
    public void CSEC1113_consistent_instruction_casing()
    {
        Lines("CSEC1113", "FROM debian:12\nRun echo a\nrun echo b\nRUN echo c\n", 2, 3);
        Lines("CSEC1113", "from debian:12\nrun echo a\nRUN echo b\n", 3);
        Lines("CSEC1113", "FROM debian:12\nRUN echo a\n");
    }

    [TestMethod]
    public void CSEC1114_legacy_key_value_format()
    {
        Lines("CSEC1114", "FROM debian:12\nENV APP_HOME /app\nLABEL maintainer team@example.com\nENV A=1 B=2\nLABEL org.opencontainers.image.title=\"shop\"\n", 2, 3);
    }

    [TestMethod]
    public void CSEC1115_undefined_arg_in_from()
    {
        Lines("CSEC1115", "ARG TAG=10.0\nFROM mcr.microsoft.com/dotnet/aspnet:${TAG}\nFROM --platform=$BUILDPLATFORM debian:${VERSION}\n", 3);
    }

    [TestMethod]
    public void CSEC1116_invalid_default_arg_in_from()
    {
        Lines("CSEC1116", "ARG TAG\nARG IMAGE\nFROM alpine:${TAG}\nFROM ${IMAGE}\n", 3, 4);
        Lines("CSEC1116", "ARG TAG=3.20\nARG IMAGE=debian\nFROM alpine:${TAG}\nFROM ${IMAGE}:12\nFROM alpine:${TAG}${SUFFIX:-}\n");
    }

    [TestMethod]
    public void CSEC1117_from_platform_flag_constant()
    {
        Lines("CSEC1117", "FROM --platform=linux/amd64 debian:12 AS build\nFROM --platform=$BUILDPLATFORM debian:12 AS b2\nFROM --platform=linux/arm64 debian:12 AS build-arm64\n", 1);
    }

    [TestMethod]
    public void CSEC1118_expose_proto_casing()
    {
        Lines("CSEC1118", "FROM debian:12\nEXPOSE 80/TCP 443/tcp\nEXPOSE 53/udp\n", 2);
    }

    [TestMethod]
    public void CSEC1119_expose_invalid_format()
    {
        Lines("CSEC1119", "FROM debian:12\nEXPOSE 0.0.0.0:80:80\nEXPOSE 8080:80/tcp\nEXPOSE 80 443/tcp\n", 2, 3);
    }

    [TestMethod]
    public void CSEC1120_empty_continuation_line()
    {
        Lines("CSEC1120", "FROM debian:12\nRUN echo a && \\\n\n    echo b\nRUN echo c\n", 2);
        Lines("CSEC1120", "FROM debian:12\nRUN echo a && \\\n    echo b\n");
    }
}

[TestClass]
public sealed class CSEC1121Tests
{
    [TestMethod]
    public void A_typo_of_a_defined_variable_is_reported()
    {
        var text = "FROM debian:12\nARG APP_HOME=/app\nWORKDIR $APP_HOEM\nCOPY . ${APP_HOME}\nUSER $APP_UID\nRUN echo $NOT_CHECKED\n";
        var finding = DockerfileLint.Run(text).Single(f => f.Code == "CSEC1121");
        Assert.AreEqual((3, DiagnosticLevel.Warning), (finding.Location!.Line, finding.Level));
        StringAssert.Contains(finding.Message, "$APP_HOME");
    }

    [TestMethod]
    public void From_scratch_every_undefined_variable_is_reported_unless_defaulted()
    {
        var text = "FROM scratch\nENV A=1\nCOPY app ${TARGET}\nWORKDIR ${DIR:-/app}\nCOPY x $A\nLABEL v=\\$LITERAL\n";
        CollectionAssert.AreEqual(new[] { 3 }, DockerfileLint.Of("CSEC1121", text).Select(f => f.Line).ToList());
    }

    [TestMethod]
    public void Variables_from_a_parent_stage_and_meta_args_redeclared_are_defined()
    {
        var text = "ARG VERSION=1\nFROM scratch AS base\nENV APP=/app\nFROM base\nARG VERSION\nCOPY x ${APP}/${VERSION}\n";
        Assert.IsEmpty(DockerfileLint.Of("CSEC1121", text));
    }
}
