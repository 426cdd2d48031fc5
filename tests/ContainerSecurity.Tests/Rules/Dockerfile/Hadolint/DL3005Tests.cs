using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3005, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3005Tests
{
    [TestMethod]
    [DataRow("FROM debian:12\nRUN apt-get dist-upgrade\n", 2)]
    [DataRow("FROM debian:12\nRUN apt-get update && apt-get -y dist-upgrade\n", 2)]
    [DataRow("FROM debian:12\nONBUILD RUN apt-get dist-upgrade\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Error) }, DockerfileLint.Of("DL3005", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM debian:12\nRUN apt-get upgrade\n")]
    [DataRow("FROM debian:12\nRUN apt-get install -y curl=8.0\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3005", dockerfile));
}
