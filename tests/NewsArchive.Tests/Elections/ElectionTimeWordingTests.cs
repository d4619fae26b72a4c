using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Contests named by a short word for their body ("the EU elections") or dated by a month or by what was set
/// for the next one at the article's date, or so many years after the contest in view. Texts written here.</summary>
public class ElectionTimeWordingTests
{
    [Fact]
    public void The_EU_elections_are_the_European_Parliaments() =>
        Assert.Equal([(ElectionKind.EuropeanParliament, "UK", 2019)],
            Extract.Elections("The Liberal Democrats beat Labour in the EU elections.", new DateOnly(2019, 12, 9)));

    [Fact]
    public void The_next_election_after_the_coalition_agreement_is_the_day_it_set() =>
        Assert.Equal([(ElectionKind.General, "UK", 2015)],
            Extract.Elections("The Tories are bulletproof until the next election.", new DateOnly(2011, 5, 12)));

    [Fact]
    public void An_election_that_was_in_a_month_is_of_the_last_such_month() =>
        Assert.Equal([(ElectionKind.Foreign, "Belgium", 2010)],
            Extract.Elections("The Belgian election was in June and no one gained a majority.", new DateOnly(2011, 2, 17)));

    [Fact]
    public void Every_election_in_a_range_is_each_general_election_the_calendar_holds_in_it() =>
        Assert.Equal([(ElectionKind.General, "UK", 2001), (ElectionKind.General, "UK", 2005), (ElectionKind.General, "UK", 2010)],
            Extract.Elections("Every election from 2001 to 2010 saw the Liberal Democrats gain votes over the campaign.", new DateOnly(2019, 12, 9)).Order());

    [Fact]
    public void Every_election_in_a_range_abroad_is_not_the_uks() =>
        Assert.DoesNotContain(Extract.Elections("Every election from 2001 to 2010 in Canada saw the Liberals gain votes.", new DateOnly(2019, 12, 9)),
            e => e.Kind == ElectionKind.General);

    [Theory]
    [InlineData("A year later, Jane Doe saw off a challenge from John Roe, winning 61.8% of the vote.")]
    [InlineData("The following year Jane Doe won again, with 61.8% of the vote.")]
    public void A_figure_so_many_years_after_the_contest_in_view_is_that_contest_held_again(string later) =>
        Assert.Contains(("labour-leadership-election-2016", "Jane Doe", 61.8m),
            Extract.From("Jane Doe has been elected leader of the Labour Party with 59.5% of the vote.\n" + later, new DateOnly(2016, 9, 30), "Jane Doe", "John Roe")
                .Figures.Select(f => (f.ElectionSlug, f.Candidate, f.Value.Value)));
}
