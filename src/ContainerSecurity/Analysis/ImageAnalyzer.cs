using System.Security.Cryptography;
using System.Text;
using ContainerSecurity.Images;
using ContainerSecurity.Images.Layers;
using ContainerSecurity.Inventory;
using ContainerSecurity.Secrets;

namespace ContainerSecurity.Analysis;

/// <summary>
/// Reads an image once: the layer walker keeps only the files an analyzer asks for and scans the secret candidates as
/// they stream past (<see cref="AnalysisInterest"/>); then the inventory analyzers run over the kept files of the
/// final file system, and the secrets found in its files are collected — a file a later layer deleted or replaced
/// is not in it, and neither are its secrets.
/// </summary>
public static class ImageAnalyzer
{
    /// <summary>
    /// What the layer cache key must change with: anything that changes which files are kept, how, or what the secret
    /// scan finds in them (the cached layers hold its findings).
    /// </summary>
    public static string CacheKey { get; } = $"analysis/{EngineVersion.Current}/secrets-5-{SecretRulesTag()}/"
        + string.Join(",", InventoryAnalyzers.All.Select(a => $"{a.Name}:{a.Version}"));

    public static ImageAnalysis Analyze(ImageArchive archive, ContainerImage image, string? cacheDirectory = null, CancellationToken ct = default)
    {
        var analyzers = InventoryAnalyzers.All;
        var cache = cacheDirectory is null ? null : new LayerCache(Path.Combine(cacheDirectory, "layers"), CacheKey);
        var fileSystem = ImageFileSystem.Read(archive, image, new AnalysisInterest(analyzers), ct: ct, cache: cache);

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
            switch (fileSystem.FindingsOf(file.Path))
            {
                case { Binary: true }:
                    secretScanSkipped++;
                    break;
                case { } findings:
                    secrets.AddRange(findings.Secrets.Select(m => new FileSecret(file, m)));
                    break;
            }
            var wantedBy = analyzers.Where(a => a.Required(file.Path, file.Size)).ToList();
            if (wantedBy.Count == 0 || fileSystem.ReadContent(file.Path) is not { } content)
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
        }
        return new ImageAnalysis(fileSystem, inventory.Build(path => fileSystem.Find(path)?.LayerIndex), secrets, skipped, secretScanSkipped);
    }

    /// <summary>A short hash of the secret rules (ids, patterns, keywords), so changing one invalidates the cached findings.</summary>
    private static string SecretRulesTag()
    {
        var text = string.Join("\n", SecretRules.All.Select(r => $"{r.Id}\t{r.Pattern}\t{string.Join(",", r.Keywords)}\t{r.IsGeneric}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..12];
    }
}
