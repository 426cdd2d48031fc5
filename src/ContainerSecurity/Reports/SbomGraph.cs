using ContainerSecurity.Inventory;

namespace ContainerSecurity.Reports;

public enum SbomKind
{
    Container,
    OperatingSystem,
    Application,
    Framework,
    Library,
}

/// <summary>One element of the SBOM: an image, its operating system, an app, or a package; <see cref="Children"/> are the refs it holds or depends on.</summary>
public sealed record SbomNode(string Ref, SbomKind Kind, string Name)
{
    public string? Version { get; init; }
    public string? Purl { get; init; }
    public string? Description { get; init; }
    /// <summary>The package this node is, when it is one (also an app that its deps.json lists as a project).</summary>
    public InstalledPackage? Package { get; init; }
    /// <summary>The file the package or app was read from (a database, manifest or deps.json).</summary>
    public string? Location { get; init; }
    public IReadOnlyList<(string Name, string Value)> Properties { get; init; } = [];
    public List<string> Children { get; } = [];
}

/// <summary>
/// The scan's inventory as the flat graph SBOM consumers read (Trivy's and Syft's shape): the image as the root, every
/// package as a top-level element with its purl, and the edges image → operating system → OS packages,
/// image → app (one per deps.json, or Node.js / Python for language packages) → its packages. Several images (a multi-RID
/// publish) hang under one root. Refs are unique per image and per place a package was found.
/// </summary>
public sealed class SbomGraph
{
    private SbomGraph(SbomNode root, IReadOnlyList<SbomNode> nodes)
    {
        Root = root;
        Nodes = nodes;
    }

    public SbomNode Root { get; }

    /// <summary>Every node but the root, each once, parents before their children.</summary>
    public IReadOnlyList<SbomNode> Nodes { get; }

    public static SbomGraph Build(ScanResult result)
    {
        var nodes = new List<SbomNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(SbomNode parent, SbomNode child)
        {
            if (seen.Add(child.Ref))
            {
                nodes.Add(child);
            }
            if (!parent.Children.Contains(child.Ref))
            {
                parent.Children.Add(child.Ref);
            }
        }

        var images = result.Images.Select(ImageNode).ToList();
        SbomNode root;
        if (images.Count == 1)
        {
            root = images[0];
        }
        else
        {
            var name = result.Images.SelectMany(i => i.Tags).FirstOrDefault() ?? (images.Count == 0 ? "no image scanned" : $"{images.Count} images");
            root = new SbomNode("images", SbomKind.Container, name) { Description = $"The {images.Count} images of one publish." };
            foreach (var image in images)
            {
                Add(root, image);
            }
        }
        foreach (var (image, node) in result.Images.Zip(images))
        {
            AddImage(image, node, Add);
        }
        return new SbomGraph(root, nodes);
    }

    /// <summary>The ref of a package node: unique per image and per place the package was found.</summary>
    public static string PackageRef(string imageDigest, Package package) => $"{imageDigest}/{package.Purl}/{package.FoundAt}";

    private static SbomNode ImageNode(ScannedImage image) => new(image.ManifestDigest, SbomKind.Container, image.Tags.FirstOrDefault() ?? image.ManifestDigest)
    {
        Version = image.ManifestDigest,
        Properties = Present(("containersecurity:platform", image.Platform), ("containersecurity:configDigest", image.ConfigDigest)),
    };

    private static void AddImage(ScannedImage image, SbomNode imageNode, Action<SbomNode, SbomNode> add)
    {
        var digest = image.ManifestDigest;
        SbomNode? os = null;
        if (image.Os is { Family: not OsFamilies.Unknown } info)
        {
            os = new SbomNode($"{digest}/os", SbomKind.OperatingSystem, info.Family) { Version = info.VersionId ?? "unknown", Description = info.PrettyName };
            add(imageNode, os);
        }
        var apps = new Dictionary<string, SbomNode>(StringComparer.Ordinal);
        var appOfDeps = image.Packages.Where(p => IsDotNetAppFile(p.Package.FoundAt) && p.Package.Type is PackageType.NuGet or PackageType.DotNetProject)
            .Select(p => p.Package.FoundAt).ToHashSet(StringComparer.Ordinal);
        foreach (var installed in image.Packages)
        {
            var p = installed.Package;
            var parent = imageNode;
            if (p.Type.IsOsPackage() && os is not null)
            {
                parent = os;
            }
            else if (appOfDeps.Contains(p.FoundAt) && p.Type is PackageType.NuGet or PackageType.DotNetProject or PackageType.DotNetRuntime)
            {
                parent = DotNetApp(image, p.FoundAt, apps, imageNode, add);
                if (parent.Package?.Package == p)
                {
                    continue; // the app itself, as its deps.json lists it
                }
            }
            else if (p.Type is PackageType.Npm or PackageType.PyPI)
            {
                parent = LanguageApp(digest, p.Type, apps, imageNode, add);
            }
            add(parent, PackageNode(digest, installed));
        }
    }

    private static bool IsDotNetAppFile(string path) => path.EndsWith(".deps.json", StringComparison.Ordinal);

    /// <summary>The app a deps.json describes, named after the file (MyApp.deps.json → MyApp); its own project entry gives the version and purl.</summary>
    private static SbomNode DotNetApp(ScannedImage image, string depsJson, Dictionary<string, SbomNode> apps, SbomNode imageNode, Action<SbomNode, SbomNode> add)
    {
        if (apps.TryGetValue(depsJson, out var app))
        {
            return app;
        }
        var name = Path.GetFileName(depsJson)[..^".deps.json".Length];
        var self = image.Packages.FirstOrDefault(i => i.Package.FoundAt == depsJson && i.Package.Type == PackageType.DotNetProject
            && string.Equals(i.Package.Name, name, StringComparison.OrdinalIgnoreCase));
        app = self is null
            ? new SbomNode($"{image.ManifestDigest}/app/{depsJson}", SbomKind.Application, name) { Location = depsJson }
            : PackageNode(image.ManifestDigest, self) with { Kind = SbomKind.Application };
        app = app with { Properties = [.. app.Properties, ("containersecurity:appType", "dotnet")] };
        apps[depsJson] = app;
        add(imageNode, app);
        return app;
    }

    private static SbomNode LanguageApp(string digest, PackageType type, Dictionary<string, SbomNode> apps, SbomNode imageNode, Action<SbomNode, SbomNode> add)
    {
        var key = type == PackageType.Npm ? "npm" : "python";
        if (!apps.TryGetValue(key, out var app))
        {
            app = new SbomNode($"{digest}/app/{key}", SbomKind.Application, type == PackageType.Npm ? "Node.js" : "Python")
            {
                Description = type == PackageType.Npm ? "npm packages installed in the image" : "Python packages installed in the image",
                Properties = [("containersecurity:appType", key)],
            };
            apps[key] = app;
            add(imageNode, app);
        }
        return app;
    }

    private static SbomNode PackageNode(string imageDigest, InstalledPackage installed)
    {
        var p = installed.Package;
        return new SbomNode(PackageRef(imageDigest, p), p.Type switch
        {
            PackageType.DotNetRuntime => SbomKind.Framework,
            PackageType.DotNetProject => SbomKind.Application,
            _ => SbomKind.Library,
        }, p.Name)
        {
            Version = p.Version,
            Purl = p.Purl,
            Package = installed,
            Location = p.FoundAt,
            Properties = Present(
                ("containersecurity:packageType", p.Type.ToString()),
                ("containersecurity:foundAt", p.FoundAt),
                ("containersecurity:sourceName", p.SourceName),
                ("containersecurity:sourceVersion", p.SourceVersion),
                ("containersecurity:layer", installed.LayerDigest),
                ("containersecurity:origin", Origin(installed))),
        };
    }

    /// <summary>base-image or application: which side of the image the layer that brought the package is on.</summary>
    public static string? Origin(InstalledPackage installed) => installed.FromBaseImage switch { true => "base-image", false => "application", null => null };

    private static List<(string, string)> Present(params (string Name, string? Value)[] properties) =>
        [.. properties.Where(p => p.Value is not null).Select(p => (p.Name, p.Value!))];
}
