using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3004, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3004Tests
{
    [TestMethod]
    [DataRow("FROM debian:12\nRUN sudo apt-get update\n", 2)]
    [DataRow("FROM debian:12\nRUN apt-get update && sudo make install\n", 2)]
    [DataRow("FROM debian:12\nONBUILD RUN sudo make install\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Error) }, DockerfileLint.Of("DL3004", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM debian:12\nRUN apt-get update\n")]
    [DataRow("FROM debian:12\nRUN echo sudo\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3004", dockerfile));
}
