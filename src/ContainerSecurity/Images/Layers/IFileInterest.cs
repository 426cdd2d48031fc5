namespace ContainerSecurity.Images;

/// <summary>Says which files' content a reader keeps in memory; the bytes of every other file are streamed past.</summary>
public interface IFileInterest
{
    /// <param name="path">The normalized absolute path, e.g. <c>/etc/passwd</c>.</param>
    /// <param name="size">The content length the layer declares.</param>
    bool Wants(string path, long size);
}
