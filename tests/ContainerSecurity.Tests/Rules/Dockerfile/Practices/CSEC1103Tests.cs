using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Practices;

[TestClass]
public sealed class CSEC1103Tests
{
    [TestMethod]
    [DataRow("mcr.microsoft.com/dotnet/sdk:10.0", "aspnet")]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:10.0", "10.0-noble-chiseled")]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:10.0-noble", "aspnet:10.0-noble-chiseled")]
    [DataRow("mcr.microsoft.com/dotnet/sdk:10.0-alpine", "runtime-deps")]
    [DataRow("python:3.13-bookworm", "python:3.13-slim")]
    [DataRow("mcr.microsoft.com/dotnet/runtime:10.0", "-alpine")]
    [DataRow("debian:bookworm", "debian:bookworm-slim")]
    [DataRow("debian:12", "debian:12-slim")]
    [DataRow("ubuntu:24.04", "debian")]
    [DataRow("python:3.13", "python:3.13-slim")]
    [DataRow("node:22", "node:22-alpine")]
    [DataRow("golang:1.23", "scratch")]
    public void Heavy_final_bases_get_a_smaller_suggestion(string image, string suggestion)
    {
        var finding = DockerfileLint.Run($"FROM {image}\nRUN echo hi\n").Single(f => f.Code == "CSEC1103");
        Assert.AreEqual((1, DiagnosticLevel.Note), (finding.Location!.Line, finding.Level));
        StringAssert.Contains(finding.Message, suggestion);
    }

    [TestMethod]
    [DataRow("mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled")]
    [DataRow("mcr.microsoft.com/dotnet/runtime-deps:10.0-alpine")]
    [DataRow("debian:12-slim")]
    [DataRow("python:3.13-slim")]
    [DataRow("node:22-alpine")]
    [DataRow("alpine:3.20")]
    public void Small_bases_pass(string image) =>
        Assert.IsEmpty(DockerfileLint.Of("CSEC1103", $"FROM {image}\n"));

    [TestMethod]
    public void Only_the_final_stage_counts()
    {
        Assert.IsEmpty(DockerfileLint.Of("CSEC1103", "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nFROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\n"));
        Assert.IsEmpty(DockerfileLint.Of("CSEC1103", "FROM golang:1.23 AS build\nFROM build\n"));
    }
}
