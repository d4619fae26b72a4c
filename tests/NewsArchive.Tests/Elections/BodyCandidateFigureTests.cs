using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A candidate's figures in a union's results story as student papers write them, in sentences that name no
/// election; and the same words in national news. Texts written here.</summary>
public class BodyCandidateFigureTests
{
    private static readonly DateOnly Spring2019 = new(2019, 3, 15);

    private static IReadOnlyList<(string Subject, FigureKind Kind, decimal Value, string Slug)> Results(string text, params string[] people) =>
        Extract.From("The results of Northfield Union’s Leadership Elections were announced on Friday.\n" + text, Spring2019, people)
            .Figures.Select(f => (f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value, f.ElectionSlug)).ToList();

    [Theory]
    [InlineData("Kim Park was elected Deputy President with 2,502 votes.")]
    [InlineData("Kim Park was elected Deputy President (Welfare), winning 2,502 votes.")]
    [InlineData("Kim Park became Welfare Officer with 2,502 votes.")]
    public void A_candidates_votes_with_no_election_named_are_the_bodys_in_view(string text) =>
        Assert.Equal([("Kim Park", FigureKind.Votes, 2502m, "northfield-union-elections-2019")], Results(text, "Kim Park"));

    [Theory]
    [InlineData("Lee Chan narrowly won the Felix Editor race by 23 votes.")]
    [InlineData("Lee Chan won the presidency by 23 votes.")]
    [InlineData("Lee Chan took the Education post by just 23 votes.")]
    public void Won_the_race_by_so_many_votes_is_the_winners_majority(string text) =>
        Assert.Equal([("Lee Chan", FigureKind.Majority, 23m, "northfield-union-elections-2019")], Results(text, "Lee Chan"));

    [Theory]
    [InlineData("Lee Chan became President by 23 votes.")]
    [InlineData("Lee Chan was elected President by just 23 votes.")]
    public void Became_or_was_elected_by_so_many_votes_is_no_count_of_votes(string text) =>
        Assert.DoesNotContain(Results(text, "Lee Chan"), r => r.Item2 == FigureKind.Votes);

    [Fact]
    public void Beat_a_candidate_then_a_pair_of_counts_is_no_division() =>
        Assert.Equal([("Priya Shah", FigureKind.Votes, 1650m, "northfield-union-elections-2019"), ("Tom Hart", FigureKind.Votes, 1320m, "northfield-union-elections-2019")],
            Results("Priya Shah beat Tom Hart to the post of Deputy President (Education), 1,650 votes to 1,320.", "Priya Shah", "Tom Hart"));

    [Theory]
    [InlineData("The Prime Minister’s motion was passed by 310 votes to 290.")]
    [InlineData("Labour beat the Conservatives in the vote on Tuesday, 310 votes to 290.")]
    public void A_division_stays_a_division(string text) =>
        Assert.Empty(Extract.From("MPs returned to Westminster on Monday.\n" + text, Spring2019).Figures);

    [Theory]
    [InlineData("Jo Bloggs won the race by 2,500 votes.")]
    [InlineData("Jo Bloggs won the seat by 2,500 votes.")]
    public void In_national_news_the_same_words_keep_their_election(string text) =>
        Assert.Equal([("Jo Bloggs", FigureKind.Majority, 2500m)],
            Extract.From("Labour held Northfield at the general election on Thursday.\n" + text, new DateOnly(2015, 5, 9), "Jo Bloggs")
                .Figures.Select(f => (f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value)).ToList());
}
