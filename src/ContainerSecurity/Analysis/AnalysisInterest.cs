using System.Buffers;
using System.Text;
using ContainerSecurity.Images.Layers;
using ContainerSecurity.Inventory;
using ContainerSecurity.Secrets;

namespace ContainerSecurity.Analysis;

/// <summary>
/// What the analysis asks of the layer walker: the content of the files the inventory analyzers (and the root-user
/// rule) read, kept in memory; and every secret candidate scanned as it streams past, keeping what was found, not
/// the bytes — so the text an app carries costs time, not memory.
/// </summary>
internal sealed class AnalysisInterest(IReadOnlyList<IInventoryAnalyzer> analyzers) : IFileInterest
{
    private static readonly string[] AccountFiles = ["/etc/passwd", "/etc/group"];

    public bool Wants(string path, long size) => AccountFiles.Contains(path) || analyzers.Any(a => a.Required(path, size));

    public bool Inspects(string path, long size) => SecretFiles.IsCandidate(path, size);

    public FileFindings Inspect(string path, ReadOnlySpan<byte> content)
    {
        if (!IsText(content))
        {
            return FileFindings.NotText;
        }
        // Decoded into a reused buffer: most files hold no keyword at all and never become a string.
        var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(content.Length));
        try
        {
            var text = chars.AsSpan(0, Encoding.UTF8.GetChars(content, chars));
            if (!SecretScanner.MayHoldSecrets(text))
            {
                return FileFindings.Nothing;
            }
            var secrets = SecretScanner.Scan(new string(text), tokenFormatsOnly: SecretFiles.IsCode(path));
            return secrets.Count == 0 ? FileFindings.Nothing : new FileFindings(false, secrets);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static bool IsText(ReadOnlySpan<byte> content) => content[..Math.Min(content.Length, 8000)].IndexOf((byte)0) < 0;
}
