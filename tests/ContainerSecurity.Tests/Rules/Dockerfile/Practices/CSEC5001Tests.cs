using ContainerSecurity.Findings;
using ContainerSecurity.Rules.Dockerfile;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Practices;

[TestClass]
public sealed class CSEC5001Tests
{
    private static readonly DockerfileSettings Trusted = new() { TrustedRegistries = ["mcr.microsoft.com"] };

    [TestMethod]
    public void Images_from_other_registries_are_reported_with_dockers_default_registry()
    {
        var text = "ARG BASE=ghcr.io/acme/base:1\nFROM debian:12 AS build\nFROM ${BASE}\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\n";
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Error), (3, DiagnosticLevel.Error) }, DockerfileLint.Of("CSEC5001", text, Trusted).ToList());
        StringAssert.Contains(DockerfileLint.Run("FROM debian:12\n", Trusted).Single(f => f.Code == "CSEC5001").Message, "docker.io");
    }

    [TestMethod]
    public void Trusted_registries_stages_scratch_and_an_empty_list_pass()
    {
        Assert.IsEmpty(DockerfileLint.Of("CSEC5001", "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nFROM build\nFROM scratch\n", Trusted));
        Assert.IsEmpty(DockerfileLint.Of("CSEC5001", "FROM debian:12\n"));
        Assert.IsEmpty(DockerfileLint.Of("CSEC5001", "FROM debian:12\n", new DockerfileSettings { TrustedRegistries = ["docker.io"] }));
    }

    [TestMethod]
    public void Hadolint_yaml_trusted_registries_count_too()
    {
        Assert.HasCount(1, DockerfileLint.Of("CSEC5001", "FROM quay.io/acme/app:1\n", hadolintYaml: "trustedRegistries:\n  - mcr.microsoft.com\n"));
    }
}
