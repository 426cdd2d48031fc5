using ContainerSecurity.Findings;
using ContainerSecurity.Rules.Dockerfile;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3026, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3026Tests
{
    private static IReadOnlyList<(int Line, DiagnosticLevel Level)> Lint(string dockerfile, params string[] registries) =>
        DockerfileLint.Of("DL3026", dockerfile, new DockerfileSettings { TrustedRegistries = registries });

    [TestMethod]
    [DataRow("FROM random.com/debian:12\n", 1)]
    [DataRow("FROM debian:12\n", 1)]
    [DataRow("FROM my.registry.com:5000/base:1 AS base\nFROM other.org/app:1\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Error) }, Lint(dockerfile, "my.registry.com:5000").ToList());

    [TestMethod]
    [DataRow("FROM docker.io/debian:12\n")]
    [DataRow("FROM debian:12\n")]
    [DataRow("FROM my.registry.com:5000/app:1\n")]
    [DataRow("FROM scratch\n")]
    [DataRow("FROM my.registry.com:5000/app:1 AS builder\nFROM builder\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(Lint(dockerfile, "docker.io", "my.registry.com:5000"));

    [TestMethod]
    public void Is_inactive_without_trusted_registries() => Assert.IsEmpty(Lint("FROM random.com/debian:12\n"));

    [TestMethod]
    public void Hub_docker_com_also_allows_images_without_a_registry() => Assert.IsEmpty(Lint("FROM debian:12\n", "hub.docker.com"));

    [TestMethod]
    public void Hadolint_spec_cases()
    {
        CollectionAssert.AreEqual(new[] { (1, DiagnosticLevel.Error) }, Lint("FROM random.com/debian\n", "docker.io").ToList());
        Assert.IsEmpty(Lint("FROM random.com/debian\n", "x.com", "random.com"));
        Assert.IsEmpty(Lint("FROM scratch\n", "x.com", "random.com"));
        Assert.IsEmpty(Lint("FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3\n", "docker.io"));
        Assert.IsEmpty(Lint("FROM random.com/foo AS builder1\nFROM builder1 AS builder2\n", "random.com"));
        CollectionAssert.AreEqual(new[] { (1, DiagnosticLevel.Error) }, Lint("FROM x.com/debian\n", "*.random.com").ToList());
        Assert.IsEmpty(Lint("FROM foo.random.com/debian\n", "x.com", "*.random.com"));
        Assert.IsEmpty(Lint("FROM ubuntu:18.04 AS builder1\nFROM zemanlx/ubuntu:18.04 AS builder2\nFROM docker.io/zemanlx/ubuntu:18.04 AS builder3\n", "*"));
    }
}
