using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using NewsArchive.Data;
using NewsArchive.Import;

namespace NewsArchive.Bench;

/// <param name="ReadingSeconds">Reading, parsing and extracting every article, until the importer reports
/// that it starts writing; the rest of <paramref name="Seconds"/> is building and writing the database.</param>
/// <param name="CpuSeconds">The process's processor time (user and system, every thread) during the import: on a
/// shared machine, less noisy than <paramref name="Seconds"/>.</param>
internal sealed record ImportResult(int Articles, long Words, double Seconds, double ReadingSeconds, long PeakWorkingSet, long Allocated, int People, int Elections, long DatabaseBytes,
    double CpuSeconds = 0)
{
    public double WritingSeconds => Seconds - ReadingSeconds;

    public double ArticlesPerSecond => Articles / Seconds;
    public double WordsPerSecond => Words / Seconds;
}

/// <summary>The import verb: the real importer, end to end, from a folder into a new SQLite file.</summary>
internal static class ImportBench
{
    public static int Run(Args args, TextWriter output)
    {
        if (args.Has("sizes")) return Scaling.Run(args, output);
        var corpus = args.Required("corpus");
        var db = args.Text("db") ?? Path.Combine(Path.GetTempPath(), $"newsarchive-bench-{Environment.ProcessId}.db");
        var postgres = args.Text("postgres");
        // Run alone, each stage's line is also written as it starts, so a memory dump can be taken in that stage.
        var result = Import(corpus, db, postgres, output, args.Has("result") ? null : Console.Error);
        output.WriteLine($"imported {result.Articles:N0} articles ({result.Words:N0} words) into {(postgres is null ? db : "PostgreSQL")} in {result.Seconds:N1} s (CPU {result.CpuSeconds:N1} s)");
        output.WriteLine($"  {result.ArticlesPerSecond:N0} articles/s, {result.WordsPerSecond:N0} words/s; reading and extracting {result.ReadingSeconds:N1} s, writing the database {result.WritingSeconds:N1} s");
        output.WriteLine($"  peak working set {Memory.Mb(result.PeakWorkingSet)}, allocated {Memory.Mb(result.Allocated)}, database {Memory.Mb(result.DatabaseBytes)}");
        output.WriteLine($"  people {result.People:N0}, elections {result.Elections:N0}");
        if (args.Has("result")) ChildRun.Emit(result, output);
        return 0;
    }

    /// <param name="postgres">A PostgreSQL connection string: the archive is built there (as a new schema, the
    /// way every import builds it) instead of in <paramref name="dbPath"/>.</param>
    /// <param name="live">Told each stage's line as the stage starts.</param>
    public static ImportResult Import(string corpus, string dbPath, string? postgres = null, TextWriter? output = null, TextWriter? live = null)
    {
        foreach (var old in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" }) File.Delete(old);
        ArchiveDatabase database = postgres is null
            ? new SqliteArchive($"Data Source={dbPath}", Environment.CurrentDirectory)
            : new PostgresArchive(postgres, Environment.CurrentDirectory);
        var importer = new ArchiveImporter(database);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Memory.ProcessorTime();
        var clock = Stopwatch.StartNew();
        var stages = new StageClock(clock, live);
        var report = importer.ImportAsync(Path.GetFullPath(corpus), stages).GetAwaiter().GetResult();
        var seconds = clock.Elapsed.TotalSeconds;
        cpu = Memory.ProcessorTime() - cpu;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        stages.Mark("(done)");
        if (output is not null) stages.Write(output);
        if (report.Error is not null) throw new InvalidOperationException(report.Error);
        using var db = database.OpenContext();
        var words = db.Articles.Sum(a => (long)a.WordCount);
        var bytes = postgres is null ? new FileInfo(dbPath).Length
            : db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").AsEnumerable().Single();
        return new ImportResult(report.ArticlesImported, words, seconds, stages.WritingStartedAt ?? seconds, Memory.PeakWorkingSet(), allocated,
            report.PeopleFound, report.ElectionsFound, bytes, cpu.TotalSeconds);
    }
}

/// <summary>Notes when each stage of the importer starts, with the process's memory at that moment: the peak
/// working set so far, the managed heap and SQLite's own allocations (page caches, sorters, the full-text
/// index's buffers), so a peak can be placed in the stage that reached it. Reports arrive from the reading
/// threads; the first of a new stage starts it.</summary>
internal sealed class StageClock(Stopwatch clock, TextWriter? live = null) : IProgress<ImportProgress>
{
    private readonly List<StageMark> _marks = [];

    // SQLite's memory counters need its library loaded, which the importer's first connection may not have done yet.
    static StageClock() => SQLitePCL.Batteries_V2.Init();

    public double? WritingStartedAt { get; private set; }

    public IReadOnlyList<StageMark> Marks => _marks;

    public void Report(ImportProgress value)
    {
        lock (_marks)
        {
            if (_marks.Count > 0 && _marks[^1].Stage == value.Stage) return;
            Mark(value.Stage);
            if (WritingStartedAt is null && value.Stage.StartsWith("Writing", StringComparison.Ordinal)) WritingStartedAt = clock.Elapsed.TotalSeconds;
        }
    }

    public void Mark(string stage)
    {
        var mark = new StageMark(stage, clock.Elapsed.TotalSeconds, Memory.PeakWorkingSet(), Memory.WorkingSet(),
            GC.GetTotalMemory(forceFullCollection: false), SQLitePCL.raw.sqlite3_memory_used(), SQLitePCL.raw.sqlite3_memory_highwater(0));
        _marks.Add(mark);
        live?.WriteLine(Line(mark));
    }

    /// <summary>One line per stage: when it started and the memory then.</summary>
    public void Write(TextWriter output)
    {
        output.WriteLine($"  {"stage starts",-58} {"at",8} {"peak so far",12} {"working set",12} {"managed",10} {"SQLite",10} {"SQLite peak",12}");
        foreach (var m in _marks) output.WriteLine(Line(m));
    }

    private static string Line(StageMark m) =>
        $"  {m.Stage,-58} {m.Seconds,6:N1} s {Memory.Mb(m.PeakWorkingSet),12} {Memory.Mb(m.WorkingSet),12} {Memory.Mb(m.Managed),10} {Memory.Mb(m.Sqlite),10} {Memory.Mb(m.SqlitePeak),12}";
}

internal sealed record StageMark(string Stage, double Seconds, long PeakWorkingSet, long WorkingSet, long Managed, long Sqlite, long SqlitePeak);
