using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3009, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3009Tests
{
    [TestMethod]
    [DataRow("FROM debian:12\nRUN apt-get update && apt-get install -y python\n", 2)]
    [DataRow("FROM debian:12\nONBUILD RUN apt-get update && apt-get install -y python\n", 2)]
    [DataRow("FROM debian:12 AS base\nRUN apt-get update && apt-get install -y python\nFROM base\nRUN echo hi\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Note) }, DockerfileLint.Of("DL3009", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM debian:12\nRUN apt-get update && apt-get install -y python && rm -rf /var/lib/apt/lists/*\n")]
    [DataRow("FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y python\n")]
    [DataRow("FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y python\n")]
    [DataRow("FROM debian:12 AS build\nRUN apt-get update && apt-get install -y python\nFROM scratch\nCOPY --from=build /bin/sh /bin/sh\n")]
    [DataRow("FROM debian:12\nRUN apt-get install -y python\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3009", dockerfile));
}
