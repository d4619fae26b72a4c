using NewsArchive.Bench.Gold;

namespace NewsArchive.Bench.Tests;

/// <summary>The parties given to the people found, scored against the gold's: by the archive's name for a party
/// ("Lib Dem" is the Liberal Democrats), and, in the archive's score, with the party the archive settles on for a
/// person the article gives none.</summary>
public sealed class PartyScoringTests
{
    private static readonly ArticleGold Gold = new("felix", "a.md",
        [new GoldPerson("Nick Clegg", ["Mr Clegg"], 'm', ["Lib Dem"], []), new GoldPerson("Tony Blair", [], 'm', ["Labour"], []), new GoldPerson("Jane Roe", [], 'f', [], [])],
        [], [], []);

    [Fact]
    public void A_party_is_right_by_the_archives_name_and_a_wrong_one_counts_against_both_measures()
    {
        var errors = new List<string>();
        var score = GoldScoring.Parties(Gold, [new FoundPerson("Nick Clegg", [], ["Liberal Democrats"], null), new FoundPerson("Tony Blair", [], ["Conservative"], null)], archive: false, errors);
        Assert.Equal(new Score(1, 1, 1), score);
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void A_person_not_found_is_not_scored_for_a_party()
    {
        var score = GoldScoring.Parties(Gold, [new FoundPerson("Jane Roe", [], ["Labour"], null)], archive: false, []);
        Assert.Equal(new Score(0, 1, 0), score);
    }

    [Fact]
    public void The_archives_party_stands_in_only_where_the_article_gives_none()
    {
        var found = new[] { new FoundPerson("Tony Blair", [], [], "Labour"), new FoundPerson("Nick Clegg", [], ["Liberal Democrats"], "Liberal") };
        Assert.Equal(new Score(1, 0, 1), GoldScoring.Parties(Gold, found, archive: false, []));
        Assert.Equal(new Score(2, 0, 0), GoldScoring.Parties(Gold, found, archive: true, []));
    }
}
