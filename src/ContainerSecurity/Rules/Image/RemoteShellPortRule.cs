using ContainerSecurity.Findings;

namespace ContainerSecurity.Rules.Image;

/// <summary>CSEC2006: the image exposes SSH or Telnet; containers are reached through the orchestrator, not a remote shell.</summary>
public sealed class RemoteShellPortRule : IImageRule
{
    private static readonly Dictionary<string, string> Ports = new() { ["22"] = "SSH", ["23"] = "Telnet", ["2222"] = "SSH" };

    public RuleInfo Info { get; } = new("CSEC2006", DiagnosticLevel.Warning, "The image exposes an SSH or Telnet port",
        "Remove the port from ContainerPort items (or EXPOSE); use `docker exec`/`kubectl exec` for debugging instead of a remote shell.");

    public IEnumerable<RuleHit> Check(ImageContext context)
    {
        foreach (var port in context.Image.Config.ExposedPorts)
        {
            var number = port.Split('/')[0];
            if (Ports.TryGetValue(number, out var service))
            {
                yield return new RuleHit($"Image {context.Image.DisplayName} exposes port {port} ({service}). {Info.Fix}", context.Settings.Item("ContainerPort", number));
            }
        }
    }
}
