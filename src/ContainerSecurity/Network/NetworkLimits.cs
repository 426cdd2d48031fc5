namespace ContainerSecurity.Network;

/// <summary>
/// How long any network call may take: <see cref="IdleTimeout"/> bounds a stall (no answer, nothing moving, or a
/// trickle slower than <see cref="MinimumBytesPerSecond"/> over that long), <see cref="Deadline"/> the whole operation
/// (a push, the advisory downloads of one scan), so a big transfer that keeps moving still finishes.
/// ContainerSecurityNetworkTimeoutSeconds / ContainerSecurityNetworkDeadlineSeconds, CLI --network-timeout / --network-deadline.
/// </summary>
public sealed record NetworkLimits
{
    public const int DefaultIdleSeconds = 30;
    public const int DefaultDeadlineSeconds = 600;
    /// <summary>Slower than this, averaged over one idle timeout, a transfer counts as stalled (a trickle).</summary>
    public const int MinimumBytesPerSecond = 1024;

    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(DefaultIdleSeconds);
    public TimeSpan Deadline { get; init; } = TimeSpan.FromSeconds(DefaultDeadlineSeconds);

    /// <summary>Settings as the user wrote them, in seconds; a missing, zero or negative value keeps the default.</summary>
    public static NetworkLimits FromSeconds(double? idleSeconds, double? deadlineSeconds) => new()
    {
        IdleTimeout = TimeSpan.FromSeconds(idleSeconds is > 0 ? idleSeconds.Value : DefaultIdleSeconds),
        Deadline = TimeSpan.FromSeconds(deadlineSeconds is > 0 ? deadlineSeconds.Value : DefaultDeadlineSeconds),
    };

    internal string IdleText => $"{IdleTimeout.TotalSeconds:0.#} s";
    internal string DeadlineText => $"{Deadline.TotalSeconds:0.#} s";
}
