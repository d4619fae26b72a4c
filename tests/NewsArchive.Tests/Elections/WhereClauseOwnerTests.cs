using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Whose a figure is after a "where" clause closes, in wordings written here: the verb after ", and" is the
/// sentence's subject's again, not that of the person the clause named.</summary>
public class WhereClauseOwnerTests
{
    private static readonly DateOnly AfterPolling = new(2024, 7, 5);

    [Fact]
    public void After_the_where_clause_the_party_took_the_share() =>
        Assert.Contains(("uk-general-election-2024", "Reform UK", FigureKind.Share, 14.3m),
            Extract.Filed("Reform UK won five seats in the general election, including Eastfield, where John Roe was elected with 21,225 votes, and took 14.3% of the vote nationally.", AfterPolling, "John Roe"));

    [Fact]
    public void Inside_the_where_clause_the_count_is_the_persons() =>
        Assert.Contains(Extract.Filed("Reform UK won five seats in the general election, including Eastfield, where John Roe was elected with 21,225 votes, and took 14.3% of the vote nationally.", AfterPolling, "John Roe"),
            f => f is { Subject: "John Roe", Kind: FigureKind.Votes, Value: 21225m });

    [Fact]
    public void After_the_where_clause_the_person_took_the_share() =>
        Assert.Contains(Extract.Filed("In the general election, Jane Doe won Eastfield, where John Roe had been the MP, and took 45% of the vote.", AfterPolling, "Jane Doe", "John Roe"),
            f => f is { Subject: "Jane Doe", Kind: FigureKind.Share, Value: 45m });
}
