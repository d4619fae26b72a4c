using System.Diagnostics;

namespace NewsArchive.Tests.Support;

/// <summary>Files no honest folder holds, made the way an attacker or an accident would make them.</summary>
public static class HostileFiles
{
    /// <summary>A named pipe: opening it to read waits for a writer that never comes.</summary>
    public static void MakePipe(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>Garbage over every page of a SQLite file but the first, whose header stays intact: the file
    /// still opens and says which schema it has, and then fails on the pages behind.</summary>
    public static void GarblePagesAfterHeader(string databaseFile)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var bytes = File.ReadAllBytes(databaseFile);
        var garbage = new Random(12);
        for (var i = 4096; i < bytes.Length; i++) bytes[i] = (byte)garbage.Next(256);
        File.WriteAllBytes(databaseFile, bytes);
    }
}
