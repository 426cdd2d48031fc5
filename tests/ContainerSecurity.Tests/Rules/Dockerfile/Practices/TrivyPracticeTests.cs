using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Practices;

[TestClass]
public sealed class TrivyPracticeTests
{
    [TestMethod]
    public void CSEC1105_port_22_exposed()
    {
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Warning), (3, DiagnosticLevel.Warning) }, DockerfileLint.Of("CSEC1105", "FROM debian:12\nEXPOSE 8080 22/tcp\nEXPOSE 20-30\n").ToList());
        Assert.IsEmpty(DockerfileLint.Of("CSEC1105", "FROM debian:12\nEXPOSE 8080 2222 220/udp\n"));
    }

    [TestMethod]
    public void CSEC1106_update_without_install_in_the_same_RUN()
    {
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Warning), (4, DiagnosticLevel.Warning) },
            DockerfileLint.Of("CSEC1106", "FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\nRUN apk update && echo done\n").ToList());
        Assert.IsEmpty(DockerfileLint.Of("CSEC1106", "FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN apk update && apk add git\nRUN apt-get install -y wget\n"));
    }

    [TestMethod]
    public void CSEC1107_no_healthcheck_in_the_final_stage()
    {
        CollectionAssert.AreEqual(new[] { (3, DiagnosticLevel.Note) }, DockerfileLint.Of("CSEC1107", "FROM debian:12 AS build\nHEALTHCHECK CMD true\nFROM debian:12\n").ToList());
        Assert.IsEmpty(DockerfileLint.Of("CSEC1107", "FROM debian:12\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n"));
        Assert.IsEmpty(DockerfileLint.Of("CSEC1107", "FROM debian:12 AS base\nHEALTHCHECK NONE\nFROM base\n"));
    }

    [TestMethod]
    public void CSEC1108_dnf_install_without_nodocs()
    {
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Warning), (3, DiagnosticLevel.Warning) },
            DockerfileLint.Of("CSEC1108", "FROM fedora:41\nRUN dnf install -y curl\nRUN microdnf install -y git && microdnf clean all\n").ToList());
        Assert.IsEmpty(DockerfileLint.Of("CSEC1108", "FROM fedora:41\nRUN dnf install -y --nodocs curl\nRUN microdnf --setopt=tsflags=nodocs install -y git\nRUN dnf clean all\n"));
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Warning) }, DockerfileLint.Of("CSEC1108", "FROM fedora:42\nRUN dnf5 install -y curl\nRUN dnf5 install -y --nodocs git\n").ToList());
    }

    [TestMethod]
    public void CSEC1109_workdir_in_a_system_directory()
    {
        CollectionAssert.AreEqual(new[] { (2, DiagnosticLevel.Warning), (3, DiagnosticLevel.Warning) },
            DockerfileLint.Of("CSEC1109", "FROM debian:12\nWORKDIR /proc/self\nWORKDIR /dev\n").ToList());
        Assert.IsEmpty(DockerfileLint.Of("CSEC1109", "FROM debian:12\nWORKDIR /app\nWORKDIR /devtools\n"));
    }
}
