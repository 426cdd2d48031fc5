using System;
using System.Linq;
using Microsoft.Build.Framework;

namespace ContainerSecurity.Build.Tasks;

/// <summary>Delivers the scanned archive — the same bytes — to the registry, the daemon or the user's archive path.</summary>
public sealed class DeliverContainerImage : EngineHostTask
{
    [Required] public string Archive { get; set; } = "";
    /// <summary>Registry, Daemon or Archive.</summary>
    [Required] public string Destination { get; set; } = "";
    public string? Registry { get; set; }
    public string? Repository { get; set; }
    public ITaskItem[] Tags { get; set; } = Array.Empty<ITaskItem>();
    public string? ArchivePath { get; set; }
    public string? LocalRegistry { get; set; }
    public string? MountFrom { get; set; }
    public string[] ScannedDigests { get; set; } = Array.Empty<string>();
    /// <summary>ContainerSecuritySigningKey: a private key file (relative to the project); registry deliveries are signed with it.</summary>
    public string? SigningKey { get; set; }

    [Output] public string[] DeliveredDigests { get; private set; } = Array.Empty<string>();

    protected override void ExecuteCore()
    {
        var network = NetworkLimits();
        if (Log.HasLoggedErrors)
        {
            return;
        }
        var result = RunHost<WireDeliveryRequest, WireDeliveryResult>("deliver", new WireDeliveryRequest
        {
            Archive = Archive,
            Destination = Destination,
            Registry = Registry,
            Repository = Repository,
            Tags = Tags.Select(t => t.ItemSpec).ToList(),
            ArchivePath = string.IsNullOrEmpty(ArchivePath) ? null : ArchivePath,
            LocalRegistry = string.IsNullOrEmpty(LocalRegistry) ? null : LocalRegistry,
            MountFrom = string.IsNullOrEmpty(MountFrom) ? null : MountFrom,
            ScannedDigests = ScannedDigests.ToList(),
            Network = network,
            SigningKey = string.IsNullOrWhiteSpace(SigningKey) ? null : System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(ProjectFile)!, SigningKey!.Trim())),
        });
        if (result is null)
        {
            return;
        }
        LogFindings(result.Findings);
        foreach (var d in result.Delivered ?? new())
        {
            Log.LogMessage(MessageImportance.High, $"ContainerSecurity: delivered {d.Reference} ({d.Digest}), the image that was scanned.");
        }
        foreach (var signature in result.Signatures ?? new())
        {
            Log.LogMessage(MessageImportance.High, $"ContainerSecurity: signed it with ContainerSecuritySigningKey: {signature}");
        }
        DeliveredDigests = (result.Delivered ?? new()).Select(d => d.Digest ?? "").ToArray();
    }
}
