using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3014, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3014Tests
{
    [TestMethod]
    [DataRow("FROM debian:12\nRUN apt-get install python=2.7\n", 2)]
    [DataRow("FROM debian:12\nRUN apt-get install python\n", 2)]
    [DataRow("FROM debian:12\nONBUILD RUN apt-get install python\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3014", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM debian:12\nRUN apt-get install -y python=2.7\n")]
    [DataRow("FROM debian:12\nRUN apt-get install -yq python=2.7\n")]
    [DataRow("FROM debian:12\nRUN apt-get install -q python=2.7\n")]
    [DataRow("FROM debian:12\nRUN apt-get --assume-yes install python=2.7\n")]
    [DataRow("FROM debian:12\nRUN apt-get install --yes python=2.7\n")]
    [DataRow("FROM debian:12\nRUN apt-get install -qq python\n")]
    [DataRow("FROM debian:12\nRUN apt-get -y install python\n")]
    [DataRow("FROM debian:12\nONBUILD RUN apt-get install -yq python\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3014", dockerfile));
}
