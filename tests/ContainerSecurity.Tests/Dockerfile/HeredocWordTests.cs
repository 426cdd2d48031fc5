using ContainerSecurity.Dockerfile.Parsing;

namespace ContainerSecurity.Tests.Dockerfile;

/// <summary>BuildKit's TestParseHeredocHelpers: which single words announce a heredoc named EOF.</summary>
[TestClass]
public sealed class HeredocWordTests
{
    [TestMethod]
    [DataRow("<<EOF")]
    [DataRow("<<'EOF'")]
    [DataRow("<<\"EOF\"")]
    [DataRow("<<-EOF")]
    [DataRow("<<-'EOF'")]
    [DataRow("<<-\"EOF\"")]
    [DataRow("<<EO\"F\"")]
    [DataRow("<< EOF")]
    [DataRow("<<- EOF")]
    public void BuildKit_valid_heredoc_words(string word)
    {
        Assert.AreEqual("EOF", HeredocDetector.Parse(word, out var error)!.Name);
        Assert.IsNull(error);
    }

    [TestMethod]
    [DataRow("<<'EOF")]
    [DataRow("<<\"EOF")]
    [DataRow("<<EOF'")]
    [DataRow("<<EOF\"")]
    public void BuildKit_invalid_heredoc_words(string word)
    {
        HeredocDetector.Parse(word, out var error);

        Assert.IsNotNull(error);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("EOF")]
    [DataRow("<<")]
    [DataRow("<<-")]
    [DataRow("<EOF")]
    [DataRow("<<<EOF")]
    [DataRow("<<EOF sh")]
    public void BuildKit_words_that_are_not_heredocs(string word)
    {
        Assert.IsNull(HeredocDetector.Parse(word, out var error));
        Assert.IsNull(error);
    }
}
