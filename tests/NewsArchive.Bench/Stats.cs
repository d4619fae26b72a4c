using System.Diagnostics;

namespace NewsArchive.Bench;

/// <summary>Latency percentiles in milliseconds, nearest-rank.</summary>
internal sealed record Latency(int Samples, double P50, double P95, double P99, double Max)
{
    public static Latency Of(List<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new Latency(sorted.Length, At(0.50), At(0.95), At(0.99), sorted[^1]);
    }
}

/// <summary>This process's memory, as the import and search verbs report it.</summary>
internal static class Memory
{
    public static long PeakWorkingSet()
    {
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64;
    }

    public static long WorkingSet()
    {
        using var self = Process.GetCurrentProcess();
        return self.WorkingSet64;
    }

    public static TimeSpan ProcessorTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    public static string Mb(long bytes) => $"{bytes / 1_048_576.0:N0} MB";
}
