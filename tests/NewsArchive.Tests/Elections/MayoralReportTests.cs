using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A mayor's race as reports of it are written: named without its place ("last year's mayoral election"),
/// told borough by borough, and won "by 55.2% to 44.8%" by whoever the pronoun stands for. Texts written here, with
/// invented people.</summary>
public class MayoralReportTests
{
    private static readonly DateOnly May2017 = new(2017, 5, 6);
    private static readonly DateOnly May2021 = new(2021, 5, 9);
    private static readonly DateOnly May2024 = new(2024, 5, 4);

    private static readonly string[] People = ["Jane Doe", "John Roe", "Ann Poe"];

    private static IReadOnlyList<(string Slug, string Subject, FigureKind Kind, decimal Value)> Figures(string text, DateOnly published) =>
        Extract.From(text, published, People).Figures.Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value)).ToList();

    [Theory]
    [InlineData("The Mayor of London, Jane Doe, set out her housing plan this week.\nDoe won last year's mayoral election with 56.8% of the vote, beating John Roe.", "london-mayor-2016")]
    [InlineData("Jane Doe won the mayoral election in London in 2016 with 56.8% of the vote.", "london-mayor-2016")]
    [InlineData("Jane Doe first won the mayoral election in 2016 with 56.8% of the vote.\nShe has led the London mayoral race in every poll since.", "london-mayor-2016")]
    [InlineData("Jane Doe, the London mayor, spoke at City Hall.\nIn the mayoral race of 2012, Doe took 56.8% of the vote.", "london-mayor-2012")]
    public void A_mayoral_election_named_without_its_place_is_the_mayoralty_the_article_names(string text, string slug) =>
        Assert.Contains((slug, "Jane Doe", FigureKind.Share, 56.8m), Figures(text, May2017));

    [Theory]
    [InlineData("Jane Doe won last year's mayoral election with 56.8% of the vote.")]
    [InlineData("The mayors of London and Greater Manchester met this week.\nJane Doe won last year's mayoral election with 56.8% of the vote.")]
    public void A_mayoral_election_with_no_one_mayoralty_in_the_article_is_left_unread(string text)
    {
        var result = Extract.From(text, May2017, People);
        Assert.DoesNotContain(result.Figures, f => f.Value.Value == 56.8m);
        Assert.Contains(result.LeftOut, l => l.Text == "56.8");
    }

    [Theory]
    [InlineData("Jane Doe was re-elected Mayor of London.\nIn the outer London borough of Havering, where John Roe came first, the Conservatives took 46% of the vote.")]
    [InlineData("Jane Doe was re-elected Mayor of London.\nThe Conservatives' worst result came in the City and East constituency, where they won just 46%.")]
    [InlineData("Jane Doe was re-elected Mayor of London.\nIn Havering, the Conservatives took 46% of the vote.")]
    public void A_boroughs_figure_is_not_the_whole_citys(string text)
    {
        var result = Extract.From(text, May2024, People);
        Assert.DoesNotContain(result.Figures, f => f.Value.Value == 46m);
        Assert.Contains(result.LeftOut, l => l.Text == "46" && l.Reason == LeftOutReason.PartOfElectorate);
    }

    [Fact]
    public void A_figure_told_of_the_whole_city_stays_the_citys() =>
        Assert.Contains(("london-mayor-2024", "Conservative", FigureKind.Share, 46m),
            Figures("Jane Doe was re-elected Mayor of London.\nIn London, the Conservatives took 46% of the vote.", May2024));

    [Theory]
    [InlineData("Labour's Jane Doe has been re-elected as Mayor of London.\nShe beat Conservative John Roe by 55.2% to 44.8% once second preferences had been added.")]
    [InlineData("Jane Doe has been re-elected as Mayor of London.\nShe beat Conservative John Roe by 55.2% to 44.8% once second preferences had been added.")]
    public void A_pair_won_by_a_pronoun_is_the_one_it_stands_for(string text)
    {
        var figures = Figures(text, May2021);
        Assert.Contains(("london-mayor-2021", "Jane Doe", FigureKind.Share, 55.2m), figures);
        Assert.Contains(("london-mayor-2021", "John Roe", FigureKind.Share, 44.8m), figures);
    }

    [Fact]
    public void A_pair_won_by_nobody_named_gives_the_loser_only_their_own() =>
        Assert.Equal([("london-mayor-2021", "John Roe", FigureKind.Share, 44.8m)],
            Figures("The London mayoral election was decided on Saturday.\nIt beat Conservative John Roe by 55.2% to 44.8% once second preferences had been added.", May2021));

    [Fact]
    public void Two_candidates_separated_by_some_votes_is_neither_ones_count()
    {
        var result = Extract.From("Jane Doe won the London mayoral election.\nJohn Roe and Ann Poe were separated by just 225 votes, taking 145,409 and 145,184 votes respectively.", May2024, People);
        Assert.DoesNotContain(result.Figures, f => f.Value.Value == 225m);
        Assert.Contains(result.Figures, f => f is { Candidate: "John Roe", Kind: FigureKind.Votes } && f.Value.Value == 145409m);
        Assert.Contains(result.Figures, f => f is { Candidate: "Ann Poe", Kind: FigureKind.Votes } && f.Value.Value == 145184m);
    }

    [Fact]
    public void A_share_told_after_the_votes_of_one_who_lost_a_deposit_is_theirs() =>
        Assert.Contains(("london-mayor-2021", "John Roe", FigureKind.Share, 1.9m),
            Figures("Jane Doe was re-elected Mayor of London.\nJohn Roe won 47,634 votes, or 1.9%, and lost his deposit.", May2021));

    [Fact]
    public void A_mayoral_election_won_in_a_year_by_some_votes_over_a_rival_is_a_majority() =>
        Assert.Contains(("london-mayor-2012", "Jane Doe", FigureKind.Majority, 62538m),
            Figures("Jane Doe won the mayoral election in London in 2012 by 62,538 votes over John Roe.", May2017));

    [Fact]
    public void A_boroughs_first_mayoral_election_is_the_boroughs_named_before_it()
    {
        var result = Extract.From("Labour did well in the London borough elections.\nIn Westbrook, Jane Doe was elected mayor with 40,804 votes.\nThe Conservatives held on in Eastbury, where John Roe won the borough's first mayoral election by 589 votes.", new DateOnly(2022, 5, 7), People);
        Assert.Contains(result.Figures, f => f is { Candidate: "John Roe", Kind: FigureKind.Majority, ElectionSlug: "eastbury-mayor-2022" } && f.Value.Value == 589);
        Assert.Contains(result.Figures, f => f is { Candidate: "Jane Doe", ElectionSlug: "westbrook-mayor-2022" } && f.Value.Value == 40804);
    }

    [Theory]
    [InlineData("In the constituency contests, Labour won nine of the 14 seats and the Conservatives five.", "nine")]
    [InlineData("Labour's Jane Doe was re-elected in City and East with 44.9% of the vote.", "44.9")]
    public void An_assembly_constituencys_figure_is_not_the_whole_assemblys(string line, string number)
    {
        var result = Extract.From("Labour remains the largest party on the London Assembly after winning 11 of the 25 seats.\n" + line, May2021, People);
        Assert.DoesNotContain(result.Figures, f => f.Value.Text == number);
        Assert.Contains(result.LeftOut, l => l.Text == number && l.Reason == LeftOutReason.PartOfElectorate);
    }

    [Fact]
    public void A_place_won_in_a_mayoral_election_is_its_mayoralty() =>
        Assert.Contains(("london-mayor-2016", "Jane Doe", FigureKind.Majority, 300000m),
            Figures("Jane Doe won London by 300,000 votes in the mayoral election.", May2017));

    [Theory]
    [InlineData("Labour won 20 seats on Westbrook council in 2014.", 20)]
    [InlineData("The Conservatives took 41 seats on Westbrook Borough Council in 2014.", 41)]
    public void Seats_won_on_a_council_are_its_elections(string text, int seats) =>
        Assert.Contains(Extract.From(text, May2017, People).Figures,
            f => f is { Kind: FigureKind.Seats, ElectionSlug: "westbrook-local-elections-2014" } && f.Value.Value == seats);

    [Fact]
    public void Seats_held_on_a_council_are_no_election() =>
        Assert.Empty(Extract.From("Labour has 20 seats on Westbrook council.", May2017, People).Figures);
}
