using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3015, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3015Tests
{
    [TestMethod]
    [DataRow("FROM debian:12\nRUN apt-get install -y python=2.7\n", 2)]
    [DataRow("FROM debian:12\nONBUILD RUN apt-get install -y python=2.7\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Note) }, DockerfileLint.Of("DL3015", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM debian:12\nRUN apt-get install -y --no-install-recommends python=2.7\n")]
    [DataRow("FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install -y python=2.7\n")]
    [DataRow("FROM debian:12\nRUN apt-get update\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3015", dockerfile));
}
