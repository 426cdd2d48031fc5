using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Practices;

[TestClass]
public sealed class CSEC1101Tests
{
    [TestMethod]
    public void No_user_in_the_final_stage_points_at_its_FROM()
    {
        var text = "FROM debian:12 AS build\nUSER app\nFROM debian:12\nRUN echo hi\n";
        CollectionAssert.AreEqual(new[] { (3, DiagnosticLevel.Error) }, DockerfileLint.Of("CSEC1101", text).ToList());
    }

    [TestMethod]
    public void Root_as_the_last_user_points_at_that_USER()
    {
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Error) }, DockerfileLint.Of("CSEC1101", "FROM debian:12\nUSER 0:0\n").ToList());
        var back = DockerfileLint.Run("FROM debian:12\nUSER app\nRUN id\nUSER root\n").Single(f => f.Code == "CSEC1101");
        Assert.AreEqual(4, back.Location!.Line);
        StringAssert.Contains(back.Message, "switches back to root");
    }

    [TestMethod]
    public void A_non_root_last_user_passes_also_when_inherited_from_an_earlier_stage()
    {
        Assert.IsEmpty(DockerfileLint.Of("CSEC1101", "FROM debian:12\nUSER root\nRUN id\nUSER 1654\n"));
        Assert.IsEmpty(DockerfileLint.Of("CSEC1101", "FROM debian:12 AS base\nUSER app\nFROM base\nRUN echo hi\n"));
    }

    [TestMethod]
    public void Bases_known_to_run_as_non_root_need_no_USER_but_cannot_switch_to_root()
    {
        Assert.IsEmpty(DockerfileLint.Of("CSEC1101", "FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\nCOPY app /app\n"));
        Assert.IsEmpty(DockerfileLint.Of("CSEC1101", "FROM gcr.io/distroless/static-debian12:nonroot\n"));
        Assert.HasCount(1, DockerfileLint.Of("CSEC1101", "FROM mcr.microsoft.com/dotnet/aspnet:10.0\n"));
        Assert.HasCount(1, DockerfileLint.Of("CSEC1101", "FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\nUSER root\n"));
    }
}
