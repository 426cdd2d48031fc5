using System.Diagnostics;

namespace ContainerSecurity;

/// <summary>How long each stage of a scan took, for `-v:d` and the JSON report.</summary>
public sealed class StageClock
{
    private readonly List<StageTiming> _timings = [];

    public IReadOnlyList<StageTiming> Timings => _timings;

    public T Time<T>(string stage, Func<T> work)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            return work();
        }
        finally
        {
            _timings.Add(new StageTiming(stage, Math.Round(watch.Elapsed.TotalMilliseconds, 1)));
        }
    }
}

public sealed record StageTiming(string Stage, double Milliseconds);
