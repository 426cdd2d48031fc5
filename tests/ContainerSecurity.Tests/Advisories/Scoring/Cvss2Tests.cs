using ContainerSecurity.Advisories.Scoring;

namespace ContainerSecurity.Tests.Advisories.Scoring;

[TestClass]
public sealed class Cvss2Tests
{
    [TestMethod]
    // Scores from NVD's v2 records and the examples of FIRST's v2 guide.
    [DataRow("AV:N/AC:L/Au:N/C:P/I:P/A:P", 7.5)]
    [DataRow("AV:N/AC:L/Au:N/C:C/I:C/A:C", 10.0)]
    [DataRow("AV:N/AC:L/Au:N/C:N/I:N/A:C", 7.8)] // CVE-2002-0392 Apache chunked encoding
    [DataRow("AV:N/AC:L/Au:N/C:C/I:C/A:C/E:F/RL:OF/RC:C", 10.0)] // CVE-2003-0818 ASN.1, temporal ignored
    [DataRow("AV:L/AC:H/Au:N/C:C/I:C/A:C", 6.2)] // CVE-2003-0062 NOD32
    [DataRow("AV:N/AC:M/Au:N/C:N/I:P/A:N", 4.3)]
    [DataRow("AV:N/AC:L/Au:N/C:P/I:N/A:N", 5.0)]
    [DataRow("AV:L/AC:L/Au:N/C:C/I:C/A:C", 7.2)]
    [DataRow("AV:N/AC:M/Au:N/C:P/I:P/A:P", 6.8)]
    [DataRow("AV:N/AC:L/Au:S/C:P/I:P/A:P", 6.5)]
    [DataRow("AV:L/AC:L/Au:N/C:P/I:N/A:N", 2.1)]
    [DataRow("AV:N/AC:L/Au:N/C:N/I:N/A:N", 0.0)]
    [DataRow("(AV:N/AC:L/Au:N/C:P/I:P/A:P)", 7.5)]
    [DataRow("CVSS:2.0/AV:N/AC:L/Au:N/C:P/I:P/A:P", 7.5)]
    public void Scores_published_vectors(string vector, double expected) =>
        Assert.AreEqual(expected, Cvss2.BaseScore(vector));

    [TestMethod]
    [DataRow("")]
    [DataRow("AV:N/AC:L/Au:N/C:P/I:P")]
    [DataRow("AV:N/AC:L/AU:N/C:P/I:P/A:P")]
    [DataRow("AV:N/AC:L/Au:N/C:P/I:P/A:H")]
    [DataRow("AV:N/AV:N/AC:L/Au:N/C:P/I:P/A:P")]
    [DataRow("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H")]
    public void Malformed_vectors_have_no_score(string vector) =>
        Assert.IsNull(Cvss2.BaseScore(vector));
}
