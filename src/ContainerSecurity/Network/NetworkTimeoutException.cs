namespace ContainerSecurity.Network;

/// <summary>A network call stalled, trickled or outlived the deadline; the message names the host and what was awaited.</summary>
public sealed class NetworkTimeoutException(string host, string message, Exception? inner = null) : TimeoutException(message, inner)
{
    public string Host { get; } = host;
}
