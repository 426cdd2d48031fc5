namespace ContainerSecurity.Advisories.Data;

/// <summary>Ages as people say them: "40 minutes", "5 hours", "3 days".</summary>
public static class DataAge
{
    public static string Describe(TimeSpan age) => age.TotalMinutes < 90 ? $"{Math.Max(0, (int)age.TotalMinutes)} minutes"
        : age.TotalHours < 48 ? $"{(int)age.TotalHours} hours"
        : $"{(int)age.TotalDays} days";
}
