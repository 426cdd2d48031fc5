using ContainerSecurity.Images;
using ContainerSecurity.Tests.Fixtures;

namespace ContainerSecurity.Tests.Images;

/// <summary>A layout folder is read only inside itself: no file or folder in it may be a symbolic link.</summary>
[TestClass]
public sealed class LayoutFolderLinkTests
{
    [TestMethod]
    [DataRow("blobs")]
    [DataRow("blobs/sha256")]
    public void A_linked_folder_inside_the_layout_is_refused(string linked)
    {
        var builder = new OciImageBuilder();
        builder.AddImage(user: "app");
        var dir = OciImageBuilder.TempDirectory();
        var layout = builder.WriteLayout(Path.Combine(dir, "layout"));
        var elsewhere = Path.Combine(dir, "elsewhere");
        Directory.Move(Path.Combine(layout, linked), elsewhere);
        Directory.CreateSymbolicLink(Path.Combine(layout, linked), elsewhere);

        var e = Assert.ThrowsExactly<ImageFormatException>(() => ImageArchive.Open(layout));
        StringAssert.Contains(e.Message, $"'{linked}' in the layout is a symbolic link");
    }
}
