namespace NewsArchive.People;

/// <summary>Someone named in the same articles as a person: one of the person's most frequent companions,
/// counted once when the archive is built (see <c>Import.ArchiveSummaries</c>) rather than on every visit
/// to their page, which at 100,000 articles meant counting thousands of articles' people per request.</summary>
public class PersonCompanion
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    public int CompanionId { get; set; }
    public int SharedArticles { get; set; }
    /// <summary>1 for the most shared articles; ties in the order of the companions' names.</summary>
    public int Rank { get; set; }
}

/// <summary>How many dated articles name a person in one month, counted when the archive is built.</summary>
public class PersonMonth
{
    public int Id { get; set; }
    public int PersonId { get; set; }
    /// <summary>Year × 100 + month: 202105 for May 2021.</summary>
    public int Month { get; set; }
    public int Articles { get; set; }
}
