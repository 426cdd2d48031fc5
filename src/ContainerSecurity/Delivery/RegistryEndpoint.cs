namespace ContainerSecurity.Delivery;

/// <summary>
/// How to reach a registry the way the .NET SDK does: HTTPS, except that `localhost` registries and those listed in
/// DOTNET_CONTAINER_INSECURE_REGISTRIES may skip certificate checks and fall back to plain HTTP.
/// </summary>
public sealed record RegistryEndpoint(string Host, bool Insecure)
{
    public static RegistryEndpoint For(string registry, Func<string, string?> environment)
    {
        var host = registry.Trim().TrimEnd('/');
        var name = host.Split(':')[0];
        var listed = (environment("DOTNET_CONTAINER_INSECURE_REGISTRIES") ?? "")
            .Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Contains(host, StringComparer.OrdinalIgnoreCase);
        return new RegistryEndpoint(host, name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || listed);
    }
}
