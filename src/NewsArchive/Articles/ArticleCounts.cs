namespace NewsArchive.Articles;

/// <summary>How many articles were published in one month, counted when the archive is built: the front page's
/// list of years is read from these few rows, not from every article's date on each visit.</summary>
public class MonthCount
{
    public int Id { get; set; }
    /// <summary>Year × 100 + month: 202105 for May 2021.</summary>
    public int Month { get; set; }
    public int Articles { get; set; }
}

/// <summary>How many articles one publisher has in the archive, counted when the archive is built.</summary>
public class SourceCount
{
    public int Id { get; set; }
    public required string Source { get; set; }
    public int Articles { get; set; }
}
