using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3001, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3001Tests
{
    [TestMethod]
    [DataRow("FROM debian:12\nRUN apt-get install -y vim && vim file\n", 2)]
    [DataRow("FROM debian:12\nRUN service nginx start\n", 2)]
    [DataRow("FROM debian:12\nRUN ps aux\n", 2)]
    [DataRow("FROM debian:12\nRUN top\n", 2)]
    [DataRow("FROM debian:12\nONBUILD RUN top\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Note) }, DockerfileLint.Of("DL3001", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM debian:12\nRUN apt-get install -y vim=2:9.0\n")]
    [DataRow("FROM debian:12\nRUN echo ssh\n")]
    [DataRow("FROM debian:12\nRUN apt-get install ssh\n")]
    [DataRow("FROM debian:12\nONBUILD RUN apt-get install ssh\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3001", dockerfile));
}
