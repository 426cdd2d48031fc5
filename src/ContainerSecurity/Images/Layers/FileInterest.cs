namespace ContainerSecurity.Images.Layers;

public static class FileInterest
{
    /// <summary>Keeps no content: for callers that only need paths and metadata.</summary>
    public static IFileInterest None { get; } = new Predicate((_, _) => false);

    public static IFileInterest Where(Func<string, long, bool> wants) => new Predicate(wants);

    private sealed class Predicate(Func<string, long, bool> wants) : IFileInterest
    {
        public bool Wants(string path, long size) => wants(path, size);
    }
}
