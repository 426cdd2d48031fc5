using ContainerSecurity.Dockerfile;

namespace ContainerSecurity.Tests.Dockerfile;

[TestClass]
public sealed class StageTests
{
    [TestMethod]
    public void Instructions_are_grouped_into_stages_after_the_meta_ARGs()
    {
        var document = DockerfileParser.Parse("""
            ARG SDK=10.0
            FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:${SDK} AS Build
            WORKDIR /src
            RUN dotnet publish -c Release -o /app
            FROM mcr.microsoft.com/dotnet/aspnet:10.0
            COPY --from=build /app /app
            """);

        CollectionAssert.AreEqual(new[] { -1, 0, 0, 0, 1, 1 }, document.Instructions.Select(i => i.StageIndex).ToArray());
        Assert.HasCount(1, document.MetaArgs);
        Assert.HasCount(2, document.Stages);
        var build = document.Stages[0];
        Assert.AreEqual((0, "mcr.microsoft.com/dotnet/sdk:${SDK}", "build", "$BUILDPLATFORM"), (build.Index, build.BaseImage, build.Name, build.Platform));
        Assert.AreSame(document.Instructions[1], build.From);
        CollectionAssert.AreEqual(new[] { "WORKDIR", "RUN" }, build.Instructions.Select(i => i.Keyword).ToArray());
        Assert.IsNull(document.Stages[1].Name);
        Assert.IsEmpty(document.Errors);
    }

    [TestMethod]
    [DataRow("FROM alpine AS 1st", "invalid name for build stage: \"1st\", name can't start with a number or contain symbols")]
    [DataRow("FROM alpine AS my$stage", "invalid name for build stage: \"my$stage\", name can't start with a number or contain symbols")]
    [DataRow("FROM alpine AS", "FROM requires either one or three arguments: write FROM <image> [AS <name>]")]
    [DataRow("FROM alpine base", "FROM requires either one or three arguments: write FROM <image> [AS <name>]")]
    [DataRow("FROM", "FROM requires either one or three arguments: write FROM <image> [AS <name>]")]
    [DataRow("FROM --platform linux/amd64 alpine", "FROM requires either one or three arguments: write FROM <image> [AS <name>]")]
    public void FROM_forms_BuildKit_refuses(string line, string message)
    {
        Assert.AreEqual(message, DockerfileParser.Parse(line + "\n").Errors.Single().Message);
    }

    [TestMethod]
    public void Stage_names_may_use_dots_dashes_and_underscores()
    {
        var document = DockerfileParser.Parse("FROM alpine AS my-base_1.0\n");

        Assert.AreEqual("my-base_1.0", document.Stages.Single().Name);
        Assert.IsEmpty(document.Errors);
    }

    [TestMethod]
    public void Only_ARG_may_come_before_the_first_FROM()
    {
        var document = DockerfileParser.Parse("ARG A=1\nRUN echo early\nFROM alpine\n");

        Assert.AreEqual(new DockerfileError(
            "no build stage in current context: RUN must come after a FROM (only ARG may come before the first FROM)", 2, 1), document.Errors.Single());
        Assert.AreEqual(-1, document.Instructions[1].StageIndex);
    }

    [TestMethod]
    public void A_file_without_FROM_or_without_instructions_is_an_error()
    {
        Assert.AreEqual("dockerfile contains no stages to build: add a FROM instruction",
            DockerfileParser.Parse("ARG A=1\n").Errors.Single().Message);
        Assert.AreEqual(new DockerfileError("file with no instructions: a Dockerfile needs at least a FROM", 2, 1),
            DockerfileParser.Parse("# only a comment\n\n").Errors.Single());
    }

    [TestMethod]
    public void A_repeated_stage_name_is_BuildKit_lint_warning()
    {
        var document = DockerfileParser.Parse("FROM debian AS builder\nFROM golang AS Builder\n");

        Assert.AreEqual(new DockerfileError("Duplicate stage name 'builder', stage names should be unique", 2, 1), document.Warnings.Single());
        Assert.IsEmpty(document.Errors);
    }
}
