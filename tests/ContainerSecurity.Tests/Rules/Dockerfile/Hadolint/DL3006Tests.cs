using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3006, with hadolint's spec cases (test/Hadolint/Rule/DL3006Spec.hs) and a registry with a port.</summary>
[TestClass]
public sealed class DL3006Tests
{
    [TestMethod]
    [DataRow("FROM debian\n", 1)]
    [DataRow("FROM debian AS builder\n", 1)]
    [DataRow("FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM node as unit-test\nRUN bar\nFROM alpine:3.7\nRUN baz\n", 3)]
    [DataRow("FROM localhost:5000/debian\n", 1)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3006", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM ruby@sha256:f1dbca0f5dbc9\n")]
    [DataRow("FROM ruby:2\n")]
    [DataRow("ARG VALUE=debian:12\nFROM ${VALUE}\n")]
    [DataRow("FROM golang:1.9.3-alpine3.7 AS build\nRUN foo\nFROM build as unit-test\nRUN bar\nFROM alpine:3.7\nRUN baz\n")]
    [DataRow("FROM scratch\n")]
    [DataRow("FROM localhost:5000/debian:12\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3006", dockerfile));

    [TestMethod]
    public void The_message_names_the_untagged_image()
    {
        var finding = DockerfileLint.Run("FROM debian\n").Single(f => f.Code == "DL3006");
        StringAssert.Contains(finding.Message, "'debian' has no tag");
    }
}
