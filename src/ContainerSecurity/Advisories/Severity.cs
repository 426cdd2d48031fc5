namespace ContainerSecurity.Advisories;

/// <summary>A vulnerability's severity; the number is the last digit of its CSEC300x code.</summary>
public enum Severity
{
    Unknown = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}
