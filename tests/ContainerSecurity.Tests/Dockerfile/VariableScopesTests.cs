using ContainerSecurity.Dockerfile;

namespace ContainerSecurity.Tests.Dockerfile;

[TestClass]
public sealed class VariableScopesTests
{
    private const string Dockerfile = """
        ARG BASE=alpine
        ARG TAG=3.20
        ARG IMAGE=${BASE}:${TAG}
        ARG UNSET
        FROM ${IMAGE} AS build
        ARG TAG
        ARG VERSION=1.0
        ENV APP_VERSION=${VERSION} HOME=/root
        RUN echo $APP_VERSION
        FROM build AS final
        ENV PATH=$HOME/bin
        ARG BASE
        ARG UNSET
        RUN echo done
        """;

    [TestMethod]
    public void Meta_ARGs_are_expanded_in_order_and_only_FROM_sees_them()
    {
        var document = DockerfileParser.Parse(Dockerfile);
        var scopes = VariableScopes.Compute(document);

        Assert.AreEqual("alpine:3.20", scopes.GlobalArgs["IMAGE"]);
        Assert.IsNull(scopes.GlobalArgs["UNSET"]);
        Assert.AreEqual("alpine:3.20", scopes.Stages[0].BaseImage);
        Assert.AreEqual("3.20", scopes.Stages[0].Args["TAG"]);
        Assert.IsFalse(scopes.Stages[0].Args.ContainsKey("BASE"));
        Assert.AreEqual("1.0", scopes.Stages[0].Env["APP_VERSION"]);
        Assert.AreEqual("alpine:3.20", scopes.At(document.Stages[0].From)["IMAGE"]);
    }

    [TestMethod]
    public void A_stage_built_from_a_stage_inherits_its_ENV_but_not_its_ARGs()
    {
        var document = DockerfileParser.Parse(Dockerfile);
        var final = VariableScopes.Compute(document).Stages[1];

        Assert.AreEqual("build", final.BaseImage);
        Assert.AreEqual("/root/bin", final.Env["PATH"]);
        Assert.AreEqual("1.0", final.Env["APP_VERSION"]);
        Assert.IsFalse(final.Args.ContainsKey("VERSION"));
        Assert.AreEqual("alpine", final.Args["BASE"]);
        Assert.IsNull(final.Args["UNSET"]);
    }

    [TestMethod]
    public void Build_arguments_override_defaults()
    {
        var document = DockerfileParser.Parse(Dockerfile);
        var scopes = VariableScopes.Compute(document, new Dictionary<string, string> { ["TAG"] = "edge", ["VERSION"] = "2.0", ["UNSET"] = "now" });

        Assert.AreEqual("alpine:edge", scopes.Stages[0].BaseImage);
        Assert.AreEqual("2.0", scopes.Stages[0].Env["APP_VERSION"]);
        Assert.AreEqual("now", scopes.Stages[1].Args["UNSET"]);
    }

    [TestMethod]
    public void Each_instruction_sees_what_was_declared_before_it_and_ENV_wins_over_ARG()
    {
        var document = DockerfileParser.Parse("FROM alpine\nARG MODE=arg\nENV MODE=env\nARG MODE=again\nRUN echo $MODE\n");
        var scopes = VariableScopes.Compute(document);

        Assert.IsFalse(scopes.At(document.Instructions[1]).ContainsKey("MODE"));
        Assert.AreEqual("arg", scopes.At(document.Instructions[2])["MODE"]);
        Assert.AreEqual("env", scopes.At(document.Instructions[4])["MODE"]);
        Assert.AreEqual("env", scopes.Stages[0].Combined["MODE"]);
    }
}
