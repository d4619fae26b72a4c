namespace NewsArchive.Import;

/// <summary>
/// Maps a list in parallel and hands the results back in the list's order, a chunk at a time: while the
/// caller consumes one chunk (writing it, say), the next is being computed on the other cores. At most two
/// chunks are held, so memory stays the same however long the list is.
/// </summary>
internal static class OrderedParallel
{
    public const int DefaultChunk = 256;

    public static IEnumerable<TOut> Map<TIn, TOut>(IReadOnlyList<TIn> items, Func<TIn, TOut> map, CancellationToken cancellationToken, int chunk = DefaultChunk)
    {
        if (items.Count == 0) yield break;
        Task<TOut[]>? next = Start(items, 0, chunk, map, cancellationToken);
        try
        {
            for (var start = 0; start < items.Count; start += chunk)
            {
                var current = next!.GetAwaiter().GetResult();
                next = start + chunk < items.Count ? Start(items, start + chunk, chunk, map, cancellationToken) : null;
                foreach (var result in current) yield return result;
            }
        }
        finally
        {
            // A caller that stops early (an error while writing) leaves no work running behind it.
            if (next is not null) ((IAsyncResult)next).AsyncWaitHandle.WaitOne();
        }
    }

    private static Task<TOut[]> Start<TIn, TOut>(IReadOnlyList<TIn> items, int start, int chunk, Func<TIn, TOut> map, CancellationToken cancellationToken)
    {
        var count = Math.Min(chunk, items.Count - start);
        return Task.Run(() => Enumerable.Range(start, count).AsParallel().AsOrdered().WithCancellation(cancellationToken)
            .Select(i => map(items[i])).ToArray(), cancellationToken);
    }
}
