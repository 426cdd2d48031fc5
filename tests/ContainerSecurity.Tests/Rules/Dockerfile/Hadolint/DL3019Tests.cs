using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3019, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3019Tests
{
    [TestMethod]
    [DataRow("FROM alpine:3.20\nRUN apk add flex=2.6\n", 2)]
    [DataRow("FROM alpine:3.20\nRUN apk --update add flex=2.6\n", 2)]
    [DataRow("FROM alpine:3.20\nONBUILD RUN apk add flex=2.6\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Note) }, DockerfileLint.Of("DL3019", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM alpine:3.20\nRUN apk add --no-cache flex=2.6\n")]
    [DataRow("FROM alpine:3.20\nRUN apk --no-cache add flex=2.6\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3019", dockerfile));
}
