using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3029, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3029Tests
{
    [TestMethod]
    [DataRow("FROM --platform=linux/amd64 debian:12\n", 1)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3029", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM debian:12\n")]
    [DataRow("FROM --platform=$BUILDPLATFORM debian:12\n")]
    [DataRow("FROM --platform=${TARGETPLATFORM} debian:12\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3029", dockerfile));
}
