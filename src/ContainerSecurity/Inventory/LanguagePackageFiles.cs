namespace ContainerSecurity.Inventory;

/// <summary>
/// Where npm and Python packages record what they are: node_modules/NAME/package.json (NAME may be @scope/name),
/// and a site-packages or dist-packages folder's NAME.dist-info/METADATA, NAME.egg-info/PKG-INFO or NAME.egg-info file.
/// The OS analyzers use the same test to note which of these files an OS package installed.
/// </summary>
public static class LanguagePackageFiles
{
    private const string NodeModules = "/node_modules/";

    public static bool IsMetadata(string path) => IsNpmManifest(path) || IsPythonMetadata(path);

    public static bool IsNpmManifest(string path)
    {
        if (!path.EndsWith("/package.json", StringComparison.Ordinal))
        {
            return false;
        }
        var start = path.LastIndexOf(NodeModules, StringComparison.Ordinal);
        if (start < 0)
        {
            return false;
        }
        var folder = path[(start + NodeModules.Length)..^"/package.json".Length].Split('/');
        return folder switch
        {
            [var name] => name.Length > 0 && name[0] is not ('@' or '.'),
            [var scope, var name] => scope.Length > 1 && scope[0] == '@' && name.Length > 0 && name[0] != '.',
            _ => false,
        };
    }

    public static bool IsPythonMetadata(string path)
    {
        // Asked of every file in the image: the cheap test first.
        if (!path.EndsWith("/METADATA", StringComparison.Ordinal) && !path.EndsWith("/PKG-INFO", StringComparison.Ordinal)
            && !path.EndsWith(".egg-info", StringComparison.Ordinal))
        {
            return false;
        }
        var parts = path.Split('/');
        return parts switch
        {
            [.., var packages, var folder, "METADATA"] => IsPackagesFolder(packages) && folder.EndsWith(".dist-info", StringComparison.Ordinal),
            [.., var packages, var folder, "PKG-INFO"] => IsPackagesFolder(packages) && folder.EndsWith(".egg-info", StringComparison.Ordinal),
            [.., var packages, var file] => IsPackagesFolder(packages) && file.EndsWith(".egg-info", StringComparison.Ordinal),
            _ => false,
        };
    }

    private static bool IsPackagesFolder(string name) => name is "site-packages" or "dist-packages";
}
