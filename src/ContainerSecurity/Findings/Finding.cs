namespace ContainerSecurity.Findings;

/// <summary>One diagnostic the engine reports. Library code returns these as data and never logs.</summary>
public sealed record Finding
{
    public required string Code { get; init; }
    public required DiagnosticLevel Level { get; init; }
    public required string Message { get; init; }
    public SourceLocation? Location { get; init; }
    public string? HelpLink { get; init; }
    /// <summary>The image (manifest digest) the finding is about, when it is about one.</summary>
    public string? ImageDigest { get; init; }
    /// <summary>Set when a suppression or NoWarn silenced the finding; it is then reported as a note.</summary>
    public string? SuppressedBy { get; init; }
    /// <summary>The ContainerSecuritySuppress item that silenced the finding, when one did (the OpenVEX report restates these).</summary>
    public Policy.Suppression? Suppression { get; init; }
    /// <summary>The VEX statement that silenced the finding (not_affected or fixed), when one did.</summary>
    public Vex.VexSuppression? Vex { get; init; }
    /// <summary>For CSEC3000-CSEC3004: the vulnerability found (advisory, package, versions, layer).</summary>
    public Advisories.Vulnerability? Vulnerability { get; init; }
}
