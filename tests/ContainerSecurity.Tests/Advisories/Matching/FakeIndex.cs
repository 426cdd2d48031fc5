using ContainerSecurity.Advisories;

namespace ContainerSecurity.Tests.Advisories.Matching;

/// <summary>An in-memory index: what the matcher sees, without the file format.</summary>
internal sealed class FakeIndex(params AdvisoryEntry[] entries) : IAdvisoryIndex
{
    public IReadOnlyList<AdvisoryEntry> Find(string packageName) =>
        entries.Where(e => e.PackageName.Equals(packageName, StringComparison.OrdinalIgnoreCase)).ToList();
}
