using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3027, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3027Tests
{
    [TestMethod]
    [DataRow("FROM debian:12\nRUN apt install python\n", 2)]
    [DataRow("FROM debian:12\nRUN apt-get update && apt upgrade\n", 2)]
    [DataRow("FROM debian:12\nONBUILD RUN apt install python\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3027", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM debian:12\nRUN apt-get install -y python=2.7\n")]
    [DataRow("FROM debian:12\nRUN apt-cache search python\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3027", dockerfile));
}
