namespace NewsArchive.Language;

/// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
/// neighbouring letters ("Kahn" for "Khan") each cost one.</summary>
public static class EditDistance
{
    /// <summary>The distance, or <paramref name="max"/> + 1 as soon as it must exceed <paramref name="max"/>.</summary>
    public static int Between(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        // Names are short and a search compares thousands of them, so the three rows live on the stack.
        var n = b.Length + 1;
        var rows = n <= 128 ? stackalloc int[3 * n] : new int[3 * n];
        var previous2 = rows[..n];
        var previous = rows.Slice(n, n);
        var current = rows.Slice(2 * n, n);
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > max) return max + 1;
            var oldest = previous2;
            previous2 = previous;
            previous = current;
            current = oldest;
        }
        return previous[b.Length];
    }
}
