using System.Text;
using ContainerSecurity.Images;
using ContainerSecurity.Inventory;
using ContainerSecurity.Secrets;

namespace ContainerSecurity.Analysis;

/// <summary>
/// Reads an image once: the layer walker keeps only the files an analyzer or the secret scanner asks for, then the
/// inventory analyzers and the secret scanner run over those files of the final file system.
/// </summary>
public static class ImageAnalyzer
{
    private static readonly string[] AccountFiles = ["/etc/passwd", "/etc/group"];

    /// <summary>What the layer cache key must change with: anything that changes which files are kept or how.</summary>
    public static string CacheKey { get; } = $"analysis/{EngineVersion.Current}/secrets-4/" + string.Join(",", InventoryAnalyzers.All.Select(a => $"{a.Name}:{a.Version}"));

    public static ImageAnalysis Analyze(ImageArchive archive, ContainerImage image, string? cacheDirectory = null, CancellationToken ct = default)
    {
        var analyzers = InventoryAnalyzers.All;
        var interest = FileInterest.Where((path, size) =>
            AccountFiles.Contains(path) || SecretFiles.IsCandidate(path, size) || analyzers.Any(a => a.Required(path, size)));
        var cache = cacheDirectory is null ? null : new LayerCache(Path.Combine(cacheDirectory, "layers"), CacheKey);
        var fileSystem = ImageFileSystem.Read(archive, image, interest, ct: ct, cache: cache);

        var inventory = new InventoryBuilder();
        var secrets = new List<FileSecret>();
        var skipped = new List<string>();
        var secretScanSkipped = 0;
        foreach (var file in fileSystem.Files)
        {
            if (file.Kind != FileKind.File)
            {
                continue;
            }
            if (file.Size > SecretFiles.MaxSize && SecretFiles.IsCandidateByName(file.Path))
            {
                secretScanSkipped++;
            }
            var wantedBy = analyzers.Where(a => a.Required(file.Path, file.Size)).ToList();
            var secretCandidate = SecretFiles.IsCandidate(file.Path, file.Size);
            if (wantedBy.Count == 0 && !secretCandidate)
            {
                continue;
            }
            if (fileSystem.ReadContent(file.Path) is not { } content)
            {
                continue;
            }
            foreach (var analyzer in wantedBy)
            {
                try
                {
                    analyzer.Analyze(file.Path, content, inventory);
                }
                catch (InventoryFormatException e)
                {
                    skipped.Add($"{file.Path}: {e.Message}");
                }
            }
            if (secretCandidate && IsText(content))
            {
                secrets.AddRange(SecretScanner.Scan(Encoding.UTF8.GetString(content), tokenFormatsOnly: SecretFiles.IsCode(file.Path)).Select(m => new FileSecret(file, m)));
            }
            else if (secretCandidate)
            {
                secretScanSkipped++;
            }
        }
        return new ImageAnalysis(fileSystem, inventory.Build(path => fileSystem.Find(path)?.LayerIndex), secrets, skipped, secretScanSkipped);
    }

    private static bool IsText(ReadOnlySpan<byte> content) => content[..Math.Min(content.Length, 8000)].IndexOf((byte)0) < 0;
}
