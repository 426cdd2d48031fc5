using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Hostile;

/// <summary>
/// The hostile corpus through the command line: each archive is a clear CSEC9001 naming what was too big, exit 1, under a
/// 600 MB heap cap and well within a (generous) time bound — never a crash, an out-of-memory or a hang.
/// </summary>
[TestClass]
public sealed class HostileImageCliTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    [TestMethod]
    public void An_outer_archive_whose_pax_header_declares_3_GB_is_CSEC9001()
    {
        var path = HostileArchives.DeclaredPaxHeader(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar"), 3L * 1024 * 1024 * 1024);

        AssertRefused(CliProcess.Run(Generous, "image", path, "--offline"), "PAX extended header of 3221225472 bytes");
    }

    [TestMethod]
    public void A_tar_gz_holding_one_real_1_5_GB_pax_record_is_CSEC9001_without_reading_it()
    {
        var path = HostileArchives.RealPaxRecord(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar.gz"), 1_500_000_000);

        AssertRefused(CliProcess.Run(Generous, "image", path, "--offline"), "PAX extended header of 1500000000 bytes");
    }

    [TestMethod]
    [DataRow(60, 4, false)]
    [DataRow(60, 5, false)]
    [DataRow(20, 4, true)]
    public void Nested_indexes_that_multiply_paths_to_one_image_are_CSEC9001(int width, int depth, bool refNames)
    {
        var path = HostileArchives.MultiplyingIndexes(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar"), width, depth, refNames);

        AssertRefused(CliProcess.Run(Generous, "image", path, "--offline"), depth > 4 ? "nested more than 4 deep" : "more than 10000 descriptors");
    }

    [TestMethod]
    public void Indexes_that_reach_one_image_along_a_few_paths_still_scan_it_once_with_every_tag()
    {
        var path = HostileArchives.MultiplyingIndexes(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar"), 3, 3, refNames: true);

        var outcome = CliProcess.Run(Generous, "image", path, "--offline");

        Assert.DoesNotContain("CSEC9001", outcome.Output);
        StringAssert.Contains(outcome.Output, "scan of 1 image(s)");
    }

    private static void AssertRefused(CliProcess.Outcome outcome, string what)
    {
        Assert.AreEqual(1, outcome.Exit, outcome.Output);
        StringAssert.Contains(outcome.Output, "error CSEC9001");
        StringAssert.Contains(outcome.Output, what);
        Assert.DoesNotContain("   at ", outcome.Output);
        Assert.DoesNotContain("Out of memory", outcome.Output);
    }
}
