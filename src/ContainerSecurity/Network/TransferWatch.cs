using System.Collections.Concurrent;

namespace ContainerSecurity.Network;

/// <summary>
/// One request's watchdog, from sending it until its response body is read: cancels <see cref="Token"/> when nothing
/// moved for the idle timeout, when less than <see cref="NetworkLimits.MinimumBytesPerSecond"/> moved during an
/// idle-timeout window (a trickle), or at the operation's deadline, and keeps the reason in <see cref="Verdict"/>.
/// </summary>
internal sealed class TransferWatch : IDisposable
{
    private readonly CancellationTokenSource _cancel;
    private readonly Timer _timer;
    private readonly NetworkLimits _limits;
    private readonly string _host;
    private readonly string _what;
    private readonly long _deadlineAt;
    private readonly ConcurrentDictionary<string, string> _stalledHosts;
    private readonly object _gate = new();
    private long _lastProgress;
    private long _windowStart;
    private long _windowBytes;
    private int _disposed;

    public TransferWatch(NetworkLimits limits, string host, string what, long deadlineAt, ConcurrentDictionary<string, string> stalledHosts, CancellationToken outer)
    {
        _limits = limits;
        _host = host;
        _what = what;
        _deadlineAt = deadlineAt;
        _stalledHosts = stalledHosts;
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(outer);
        Token = _cancel.Token;
        _lastProgress = _windowStart = Environment.TickCount64;
        var period = TimeSpan.FromMilliseconds(Math.Clamp(limits.IdleTimeout.TotalMilliseconds / 10, 20, 1000));
        _timer = new Timer(_ => Check(), null, period, period);
    }

    public CancellationToken Token { get; }

    /// <summary>Why the watch cancelled the request; null while it has not.</summary>
    public string? Verdict { get; private set; }

    /// <summary>What the request is doing now, for the message.</summary>
    public string Phase { get; set; } = "waiting for the answer";

    public void Progress(long bytes)
    {
        lock (_gate)
        {
            _windowBytes += bytes;
            _lastProgress = Environment.TickCount64;
        }
    }

    /// <summary>The exception to throw for a request this watch cancelled.</summary>
    public NetworkTimeoutException Failure(Exception? inner) => new(_host, Verdict ?? $"{_host} did not answer in time while {_what}", inner);

    private void Check()
    {
        string? verdict = null;
        lock (_gate)
        {
            if (Verdict is not null || _cancel.IsCancellationRequested)
            {
                return;
            }
            var now = Environment.TickCount64;
            var idle = (long)_limits.IdleTimeout.TotalMilliseconds;
            if (now >= _deadlineAt)
            {
                verdict = $"The network deadline of {_limits.DeadlineText} (ContainerSecurityNetworkDeadlineSeconds) passed while {_what} ({Phase}) at {_host}.";
            }
            else if (now - _lastProgress >= idle)
            {
                verdict = Phase == "waiting for the answer"
                    ? $"{_host} did not answer for {_limits.IdleText} while {_what} (ContainerSecurityNetworkTimeoutSeconds is {_limits.IdleTimeout.TotalSeconds:0.#})."
                    : $"{_host} stopped moving data for {_limits.IdleText} while {_what} ({Phase}; ContainerSecurityNetworkTimeoutSeconds is {_limits.IdleTimeout.TotalSeconds:0.#}).";
            }
            else if (now - _windowStart >= idle)
            {
                var seconds = (now - _windowStart) / 1000.0;
                // Data that stopped a while ago is a stall, which the idle rule above reports (clearer) on a later tick.
                var stillMoving = now - _lastProgress < idle / 2;
                if (stillMoving && _windowBytes < NetworkLimits.MinimumBytesPerSecond * seconds)
                {
                    verdict = $"{_host} moved only {_windowBytes:N0} byte(s) in {seconds:0} s while {_what} ({Phase}), slower than {NetworkLimits.MinimumBytesPerSecond:N0} bytes/s (ContainerSecurityNetworkTimeoutSeconds is {_limits.IdleTimeout.TotalSeconds:0.#}).";
                }
                _windowStart = now;
                _windowBytes = 0;
            }
            if (verdict is null)
            {
                return;
            }
            Verdict = verdict;
            _stalledHosts.TryAdd(_host, verdict);
        }
        try
        {
            _cancel.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _timer.Dispose();
            _cancel.Dispose();
        }
    }
}
