using NewsArchive.Data;
using NewsArchive.Elections;

namespace NewsArchive.Import;

/// <summary>
/// Puts each race together once when the archive is built, from every figure and candidacy of it, and keeps what its
/// page shows (<see cref="ElectionPageRow"/>) and how many candidates it has. Without it the page read and grouped
/// every row of the race on every visit: thousands in a race a large archive reports often.
/// </summary>
internal static class ElectionPageSummaries
{
    private const int RowsPerBatch = 8192;

    /// <param name="insert">Writes rows in the build's transaction.</param>
    /// <param name="execute">Runs a statement with its parameters (@p0, @p1 …) in the build's transaction.</param>
    public static async Task WriteAsync(ArchiveDbContext context, IReadOnlyList<ElectionEntry> elections, Action<RowBatch> insert,
        Action<string, object[]> execute, CancellationToken cancellationToken)
    {
        var shape = TableShape.Of<ElectionPageRow>(context.Model);
        var batch = new List<object?[]>();
        var id = 0;
        foreach (var election in elections)
        {
            var (rows, candidates) = await ElectionQueries.PageRowsAsync(context, election, cancellationToken);
            foreach (var row in rows)
            {
                row.Id = ++id;
                batch.Add(shape.Row(row));
            }
            if (candidates > 0) execute("""UPDATE "Elections" SET "CandidateCount" = @p0 WHERE "Id" = @p1""", [candidates, election.Id]);
            if (batch.Count < RowsPerBatch) continue;
            insert(shape.Batch(batch));
            batch = [];
        }
        insert(shape.Batch(batch));
    }
}
