using ContainerSecurity.Analysis;
using ContainerSecurity.Images;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Analysis;

/// <summary>
/// Secret candidates are scanned as each layer streams past and only their findings are kept, yet what is reported is
/// what the final file system holds: a later layer's whiteout, opaque directory or replacement drops the findings.
/// </summary>
[TestClass]
public sealed class StreamedSecretScanTests
{
    private const string Token = "ghp_0123456789abcdefghijABCDEFGHIJ012345";

    private static TestLayer Base() => new TestLayer()
        .File("etc/os-release", "ID=debian\nVERSION_ID=\"12\"\n")
        .File("app/config/.env", $"GITHUB_TOKEN={Token}\n")
        .File("app/config/settings.yaml", $"token: {Token}\n");

    private static ImageAnalysis Analyze(string? cache, params TestLayer[] layers)
    {
        var builder = new OciImageBuilder();
        builder.AddLayeredImage(layers.Select(l => l.Gzip()).ToList(), user: "app");
        var path = builder.WriteArchive(Path.Combine(OciImageBuilder.TempDirectory(), "image.tar.gz"));
        using var archive = ImageArchive.Open(path);
        return ImageAnalyzer.Analyze(archive, archive.Images[0], cache);
    }

    private static List<string> Found(ImageAnalysis analysis) =>
        analysis.Secrets.Select(s => $"{s.File.Path}:{s.Match.Line} layer {s.File.LayerIndex} {s.Match.Rule.Id} {s.Match.MaskedValue}").ToList();

    [TestMethod]
    public void Secrets_of_files_that_stay_are_reported_with_their_layer_and_masked()
    {
        var found = Found(Analyze(null, Base()));

        CollectionAssert.AreEqual(new[] { "/app/config/.env:1 layer 0 github-token ghp_********", "/app/config/settings.yaml:1 layer 0 github-token ghp_********" }, found);
        Assert.IsFalse(found.Any(f => f.Contains(Token, StringComparison.Ordinal)));
    }

    [TestMethod]
    public void A_whiteout_an_opaque_directory_or_a_replacement_drops_the_findings()
    {
        Assert.IsEmpty(Found(Analyze(null, Base(), new TestLayer().Whiteout("app/config"))), "whiteout of the directory");
        Assert.IsEmpty(Found(Analyze(null, Base(), new TestLayer().Opaque("app/config"))), "opaque directory");
        var replaced = Found(Analyze(null, Base(), new TestLayer().Whiteout("app/config/.env").File("app/config/settings.yaml", "token: none\n")));
        Assert.IsEmpty(replaced, "file whiteout and a clean replacement");
        var moved = Found(Analyze(null, Base(), new TestLayer().Whiteout("app/config/.env").File("app/config/settings.yaml", $"\n\ntoken: {Token}\n")));
        CollectionAssert.AreEqual(new[] { "/app/config/settings.yaml:3 layer 1 github-token ghp_********" }, moved, "the replacement's own findings");
    }

    [TestMethod]
    public void A_file_replaced_by_a_binary_or_a_big_file_is_counted_as_not_read_once()
    {
        var binary = Analyze(null, Base(), new TestLayer().File("app/config/settings.yaml", new byte[] { 1, 0, 2 }).File("app/config/.env", new string('x', 600 * 1024)));

        Assert.IsEmpty(binary.Secrets);
        Assert.AreEqual(2, binary.SecretScanSkipped);
    }

    [TestMethod]
    public void A_warm_scan_replays_the_same_findings_and_counts()
    {
        var cache = OciImageBuilder.TempDirectory();
        TestLayer[] layers = [Base(), new TestLayer().File("app/blob.config", new byte[] { 1, 0 }).File("app/notes.txt", $"slack xoxb-1234567890-abcdefghijkl\n")];

        var cold = Analyze(cache, layers);
        var warm = Analyze(cache, layers);

        Assert.IsTrue(warm.FileSystem.Layers.All(l => l.FromCache));
        CollectionAssert.AreEqual(Found(cold), Found(warm));
        Assert.HasCount(3, Found(warm));
        Assert.AreEqual(1, warm.SecretScanSkipped);
        Assert.AreEqual(cold.SecretScanSkipped, warm.SecretScanSkipped);
    }

    [TestMethod]
    public void Secret_candidates_are_not_kept_in_memory_only_inventory_files_are()
    {
        var analysis = Analyze(null, Base());

        Assert.IsNull(analysis.FileSystem.ReadContent("/app/config/settings.yaml"));
        Assert.IsNotNull(analysis.FileSystem.FindingsOf("/app/config/settings.yaml"));
        Assert.IsNotNull(analysis.FileSystem.ReadContent("/etc/os-release"));
    }
}
