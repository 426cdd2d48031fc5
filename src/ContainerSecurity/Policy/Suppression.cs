namespace ContainerSecurity.Policy;

/// <summary>A <c>ContainerSecuritySuppress</c> item: an advisory id or rule code, why, and until when.</summary>
public sealed record Suppression(string Id, string? Justification, DateOnly? Until);
