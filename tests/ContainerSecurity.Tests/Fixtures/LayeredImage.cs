using ContainerSecurity.Images;
using ContainerSecurity.Images.Layers;

namespace ContainerSecurity.Tests.Fixtures;

/// <summary>Writes an image of the given layers as an OCI layout in a temp folder and reads its file system.</summary>
internal static class LayeredImage
{
    public static IFileInterest AllContent { get; } = FileInterest.Where((_, _) => true);

    public static ImageFileSystem Read(IReadOnlyList<LayerBlob> layers, IFileInterest? interest = null, ImageReadLimits? limits = null,
        IReadOnlyList<object>? history = null, CancellationToken ct = default) =>
        Read(Write(layers, history), interest, limits, ct);

    public static string Write(IReadOnlyList<LayerBlob> layers, IReadOnlyList<object>? history = null)
    {
        var builder = new OciImageBuilder();
        builder.AddLayeredImage(layers, history);
        return builder.WriteLayout(Path.Combine(OciImageBuilder.TempDirectory(), "layout"));
    }

    public static ImageFileSystem Read(string path, IFileInterest? interest = null, ImageReadLimits? limits = null, CancellationToken ct = default)
    {
        using var archive = ImageArchive.Open(path);
        return ImageFileSystem.Read(archive, archive.Images[0], interest ?? AllContent, limits, ct);
    }
}
