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
    [DataRow("FROM ubuntu:24.04 AS foo\nRUN hey!\nFROM scratch\nRUN apt-get update && apt-get install python\n", 4)]
    [DataRow("FROM ubuntu:24.04 AS foo\nRUN apt-get update && apt-get install python\nFROM foo\nRUN hey!\n", 2)]
    [DataRow("FROM ubuntu:24.04 AS foo\nONBUILD RUN apt-get update && apt-get install python\nFROM scratch\nRUN echo hey!\n", 2)]
    [DataRow("FROM ubuntu:24.04\nRUN --mount=type=cache,target=/var/cache/apt rm -f /etc/apt/apt.conf.d/docker-clean && apt-get update && apt-get install python\n", 2)]
    [DataRow("FROM ubuntu:24.04\nRUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install python\n", 3)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Note) }, DockerfileLint.Of("DL3009", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM debian:12\nRUN apt-get update && apt-get install -y python && rm -rf /var/lib/apt/lists/*\n")]
    [DataRow("FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y python\n")]
    [DataRow("FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y python\n")]
    [DataRow("FROM debian:12 AS build\nRUN apt-get update && apt-get install -y python\nFROM scratch\nCOPY --from=build /bin/sh /bin/sh\n")]
    [DataRow("FROM debian:12\nRUN apt-get install -y python\n")]
    [DataRow("FROM ubuntu:24.04 AS foo\nRUN apt-get update && apt-get install python\nFROM scratch\nRUN echo hey!\n")]
    [DataRow("FROM ubuntu:24.04 AS foo\nRUN apt-get update && apt-get install python && rm -rf /var/lib/apt/lists/*\nFROM foo\nRUN hey!\n")]
    [DataRow("FROM ubuntu:24.04\nRUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/cache/apt --mount=type=cache,target=/var/lib/apt apt-get update && apt-get install foo\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3009", dockerfile));
}
