using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3007, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3007Tests
{
    [TestMethod]
    [DataRow("FROM debian:latest\n", 1)]
    [DataRow("FROM registry.example.com:5000/debian:latest\n", 1)]
    [DataRow("FROM debian:latest AS builder\n", 1)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3007", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM debian:12\n")]
    [DataRow("FROM debian\n")]
    [DataRow("FROM localhost:5000/debian:12\n")]
    [DataRow("FROM debian@sha256:7a0fb1a0e5c7d0e2e1b4e7c0e5b3f9d1c7e5a9b2d4f6a8c0e2b4d6f8a0c2e4f6\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3007", dockerfile));
}
