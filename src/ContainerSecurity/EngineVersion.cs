namespace ContainerSecurity;

public static class EngineVersion
{
    public static string Current { get; } = typeof(EngineVersion).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
