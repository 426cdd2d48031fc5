using ContainerSecurity.Findings;

namespace ContainerSecurity.Tests.Rules.Dockerfile.Hadolint;

/// <summary>DL3028, with hadolint's spec cases.</summary>
[TestClass]
public sealed class DL3028Tests
{
    [TestMethod]
    [DataRow("FROM ruby:3.3\nRUN gem install bundler\n", 2)]
    [DataRow("FROM ruby:3.3\nRUN gem i bundler rake:13.0\n", 2)]
    [DataRow("FROM ruby:3.3\nONBUILD RUN gem install bundler\n", 2)]
    [DataRow("FROM ruby:3.3\nRUN gem i bunlder:1 nokogiri\n", 2)]
    public void Catches(string dockerfile, int line) =>
        CollectionAssert.AreEqual(new[] { (line, DiagnosticLevel.Warning) }, DockerfileLint.Of("DL3028", dockerfile).ToList());

    [TestMethod]
    [DataRow("FROM ruby:3.3\nRUN gem install bundler:2.5.0\n")]
    [DataRow("FROM ruby:3.3\nRUN gem install bundler -v 2.5.0\n")]
    [DataRow("FROM ruby:3.3\nRUN gem install bundler --version 2.5.0\n")]
    [DataRow("FROM ruby:3.3\nRUN gem install bundler --version=2.5.0\n")]
    [DataRow("FROM ruby:3.3\nRUN gem update --system\n")]
    [DataRow("FROM ruby:3.3\nRUN gem i bundler:1\n")]
    [DataRow("FROM ruby:3.3\nRUN gem i bunlder:1 nokogiri:1\n")]
    [DataRow("FROM ruby:3.3\nRUN gem install bundler -v '2.0.1'\n")]
    [DataRow("FROM ruby:3.3\nRUN gem install bundler:2.0.1 -- --use-system-libraries=true\n")]
    [DataRow("FROM ruby:3.3\nRUN gem install bundler:2.0.1 -- --use-system-libraries true\n")]
    [DataRow("FROM ruby:3.3\nRUN gem install bundler:2.0.1 --use-system-libraries=true\n")]
    public void Passes(string dockerfile) => Assert.IsEmpty(DockerfileLint.Of("DL3028", dockerfile));
}
