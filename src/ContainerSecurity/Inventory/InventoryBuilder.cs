namespace ContainerSecurity.Inventory;

/// <summary>
/// Collects what the analyzers found, keyed by the file each fact came from, and resolves it into an <see cref="Inventory"/>.
/// Files can arrive in any order; the distribution is only known once every file has been seen, so ecosystems and purls are settled in <see cref="Build"/>.
/// Safe to fill from several threads.
/// </summary>
public sealed class InventoryBuilder
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (OsInfo Os, OsEvidence Evidence)> _osByPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PackageRecord>> _packagesByPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _ownedByPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string List, string Format)> _sourceByPath = new(StringComparer.Ordinal);

    public void SetOs(string path, OsInfo os, OsEvidence evidence)
    {
        lock (_gate)
        {
            _osByPath[path] = (os, evidence);
        }
    }

    public void AddPackage(PackageRecord package)
    {
        lock (_gate)
        {
            if (!_packagesByPath.TryGetValue(package.FoundAt, out var list))
            {
                _packagesByPath[package.FoundAt] = list = [];
            }
            list.Add(package);
        }
    }

    /// <summary>
    /// Says that <paramref name="path"/> is an OS package list of this <paramref name="format"/>, so the scan can say which
    /// lists its packages came from; files of one list (status.d) share the <paramref name="list"/> name.
    /// </summary>
    public void NoteSource(string path, string format, string? list = null)
    {
        lock (_gate)
        {
            _sourceByPath[path] = (list ?? path, format);
        }
    }

    /// <summary>
    /// Language-package metadata files that an OS package installed, as its database (<paramref name="path"/>) lists them:
    /// such packages are the OS package's, and are reported and matched as that.
    /// </summary>
    public void AddOwnedFiles(string path, IEnumerable<string> files)
    {
        var list = files.ToList();
        lock (_gate)
        {
            if (!_ownedByPath.TryGetValue(path, out var owned))
            {
                _ownedByPath[path] = owned = [];
            }
            owned.AddRange(list);
        }
    }

    /// <summary>Drops everything read from <paramref name="path"/>: the walker calls it when a later layer deletes or replaces the file.</summary>
    public void Forget(string path)
    {
        lock (_gate)
        {
            _osByPath.Remove(path);
            _packagesByPath.Remove(path);
            _ownedByPath.Remove(path);
            _sourceByPath.Remove(path);
        }
    }

    /// <param name="layerOf">The layer each file of the final file system comes from, when known: a language package whose
    /// metadata was rewritten in a later layer than the OS database that lists it (npm i -g npm@10 over apk's npm) is no
    /// longer the OS package's.</param>
    public Inventory Build(Func<string, int?>? layerOf = null)
    {
        lock (_gate)
        {
            var os = _osByPath
                .OrderByDescending(e => e.Value.Evidence)
                .ThenBy(e => e.Key, StringComparer.Ordinal)
                .Select(e => e.Value.Os)
                .FirstOrDefault() ?? OsInfo.Unknown;
            var ownedByOs = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (database, files) in _ownedByPath)
            {
                foreach (var file in files)
                {
                    ownedByOs[file] = database;
                }
            }
            // Distroless and chiseled images keep dpkg's package list without its file lists; there only apt writes to
            // Debian's and Ubuntu's /usr/lib/python3/dist-packages (pip goes to /usr/local), so that folder is the OS's.
            // A file the app copied there in a later layer than the package list is still the app's.
            var dpkgLists = _packagesByPath.Where(e => e.Value.Any(r => r.Type == PackageType.Dpkg)).Select(e => e.Key).ToList();
            var dpkgWithoutFileLists = dpkgLists.Count > 0 && !_ownedByPath.Keys.Any(k => k.StartsWith("/var/lib/dpkg/info/", StringComparison.Ordinal));
            var dpkgLayer = dpkgLists.Select(l => layerOf?.Invoke(l)).Max();
            bool StillOwned(PackageRecord p) =>
                ownedByOs.TryGetValue(p.FoundAt, out var database)
                    ? !(layerOf?.Invoke(p.FoundAt) > layerOf?.Invoke(database))
                    : dpkgWithoutFileLists && p.FoundAt.StartsWith("/usr/lib/python3/dist-packages/", StringComparison.Ordinal)
                        && !(layerOf?.Invoke(p.FoundAt) > dpkgLayer);
            var kept = Deduplicate(_packagesByPath.Values.SelectMany(p => p))
                .Where(p => !(p.Type.IsLanguagePackage() && StillOwned(p)))
                .ToList();
            var packages = kept
                .Select(p => Resolve(p, os))
                .OrderBy(p => p.Type)
                .ThenBy(p => p.Name, StringComparer.Ordinal)
                .ThenBy(p => p.Version, StringComparer.Ordinal)
                .ThenBy(p => p.Architecture, StringComparer.Ordinal)
                .ThenBy(p => p.FoundAt, StringComparer.Ordinal)
                .ToList();
            return new Inventory(os, packages) { Sources = Sources(kept) };
        }
    }

    /// <summary>Each noted package list once (status.d's files as one), with what it listed and what of it was kept.</summary>
    private List<PackageListSource> Sources(List<PackageRecord> kept)
    {
        var keptByPath = kept.GroupBy(r => r.FoundAt).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return _sourceByPath
            .GroupBy(e => (e.Value.List, e.Value.Format))
            .Select(g => new PackageListSource(
                g.Key.List,
                g.Key.Format,
                g.Sum(e => _packagesByPath.GetValueOrDefault(e.Key)?.Count ?? 0),
                g.Sum(e => keptByPath.GetValueOrDefault(e.Key))))
            .OrderBy(s => s.Path, StringComparer.Ordinal)
            .ThenBy(s => s.Format, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// OS packages are one set per image however many files list them (status and status.d, an rpm database and its manifest,
    /// chisel-wrapper's status and chisel's manifest.wall): the richest record wins, so of a package the status and the
    /// chisel manifest both list at the same version the status stanza is kept (it names the source package advisories are
    /// filed under); a package only one of them lists, or at another version, is kept too. .NET packages stay per
    /// deps.json, since each app carries its own.
    /// </summary>
    private static IEnumerable<PackageRecord> Deduplicate(IEnumerable<PackageRecord> records)
    {
        var all = records.ToList();
        var typesWithFullLists = all.Where(r => !r.IsFallback).Select(r => r.Type).ToHashSet();
        return all
            .Where(r => !r.IsFallback || !typesWithFullLists.Contains(r.Type))
            .GroupBy(r => r.Type.IsOsPackage()
                ? (r.Type, r.Name, r.FullVersion, r.Architecture, FoundAt: "")
                : (r.Type, r.Name, r.FullVersion, r.Architecture, r.FoundAt))
            .Select(g => g
                .OrderBy(r => r.IsFallback)
                .ThenBy(r => r.SourceName is null)
                .ThenBy(r => r.FoundAt, StringComparer.Ordinal)
                .First());
    }

    private static Package Resolve(PackageRecord record, OsInfo os)
    {
        var family = record.Type.IsOsPackage() && !OsFamilies.Manages(os.Family, record.Type)
            ? record.DefaultFamily ?? os.Family
            : os.Family;
        return new Package
        {
            Name = record.Name,
            Version = record.FullVersion,
            SourceName = record.SourceName,
            SourceVersion = record.SourceVersion,
            Architecture = record.Architecture,
            Type = record.Type,
            Ecosystem = record.Type switch
            {
                _ when record.Type.IsOsPackage() => OsvEcosystems.Name(family),
                PackageType.Npm => OsvEcosystems.Npm,
                PackageType.PyPI => OsvEcosystems.PyPI,
                _ => OsvEcosystems.NuGet,
            },
            Purl = PackageUrls.For(record, family, os),
            FoundAt = record.FoundAt,
        };
    }
}
