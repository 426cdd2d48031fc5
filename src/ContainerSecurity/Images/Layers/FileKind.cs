namespace ContainerSecurity.Images.Layers;

/// <summary>What a path of the image's file system is.</summary>
public enum FileKind
{
    File,
    Directory,
    Symlink,
    HardLink,
    /// <summary>Devices, fifos and tar entry types with no file-system meaning.</summary>
    Other,
}
