using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Owners and earlier contests told without their names: "Nigel Farage's party", "they" after a party set
/// against another, "last time", "four years ago", "for Leave and ... for Remain". Texts written here.</summary>
public class ReferredOwnerWordingTests
{
    private static readonly DateOnly AfterGeneral2010 = new(2010, 5, 14);

    private static IReadOnlyList<(string Slug, string Subject, FigureKind Kind, decimal Value)> Filed(string text, DateOnly published) =>
        Extract.From(text, published, "Ed Miliband", "Nigel Farage", "Jane Doe", "John Roe").Figures
            .Select(f => (f.ElectionSlug, f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value)).ToList();

    [Fact]
    public void A_persons_party_is_no_person() =>
        Assert.DoesNotContain(Filed("UKIP won no seat in Kent at the 2015 general election.\nNigel Farage's party won nearly four million votes.", new DateOnly(2015, 5, 11)),
            f => f.Subject == "Nigel Farage");

    [Fact]
    public void A_party_set_against_another_is_not_what_they_refers_to() =>
        Assert.Equal([("uk-general-election-2010", "Liberal Democrats", FigureKind.Seats, 57m)],
            Filed("The Liberal Democrats had a good campaign.\nSome polls had them ahead of Labour.\nAt the general election they won 57 seats.", AfterGeneral2010));

    [Fact]
    public void A_poll_word_in_an_aside_after_a_dash_is_another_matter() =>
        Assert.Equal([("uk-general-election-2015", "Conservative", FigureKind.Seats, 331m)],
            Filed("At the general election the Conservatives won 331 seats – their first win since 1992, the last time the pollsters got it so wrong.", new DateOnly(2015, 5, 11)));

    [Theory]
    [InlineData("At the general election turnout was 65%, up from 61% last time.", "-", FigureKind.Turnout)]
    [InlineData("At the general election turnout was 65%, compared with 61% at the last election.", "-", FigureKind.Turnout)]
    [InlineData("At the general election turnout was 65%, up from 61% five years ago.", "-", FigureKind.Turnout)]
    [InlineData("At the general election Labour won 29% of the vote, down from 61% last time.", "Labour", FigureKind.Share)]
    public void A_figure_of_the_time_before_is_the_previous_contests(string text, string subject, FigureKind kind) =>
        Assert.Contains(("uk-general-election-2005", subject, kind, 61m), Filed(text, AfterGeneral2010));

    [Fact]
    public void The_next_number_with_its_own_for_is_its_sides() =>
        Assert.Equal([("referendum-in-uk-2016", "Leave", FigureKind.Votes, 17_400_000m), ("referendum-in-uk-2016", "Remain", FigureKind.Votes, 16_100_000m)],
            Filed("In Thursday's referendum the country voted to leave the EU, with 17.4 million votes for Leave and 16.1 million for Remain.", new DateOnly(2016, 6, 27)));

    [Fact]
    public void A_rival_of_a_party_is_that_party() =>
        Assert.Contains(("london-mayor-2012", "Labour", FigureKind.Votes, 992_273m),
            Filed("Jane Doe was re-elected Mayor of London.\nMs Doe had 1,054,811 votes against 992,273 for her Labour rival.", new DateOnly(2012, 5, 5)));
}
