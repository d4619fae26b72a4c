using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A term won in a year other than the race in view's ("Boris Johnson won a second term in 2012", in a report
/// of 2016's count). Texts written here, names invented.</summary>
public class TermWonInAYearTests
{
    private static readonly DateOnly May2016 = new(2016, 5, 7);
    private const string Race = "Labour's Ann Poe has been elected Mayor of London, beating the Conservative candidate Bob Roe.\n";

    [Fact]
    public void A_term_won_in_a_year_the_race_was_held_is_that_years_race()
    {
        var found = Extract.Filed(Race + "Carl Doe won a second term in 2012 by beating Dee Fox 51.5% to 48.5%.", May2016, "Ann Poe", "Bob Roe", "Carl Doe", "Dee Fox");
        Assert.Contains(("london-mayor-2012", "Carl Doe", FigureKind.Share, 51.5m), found);
        Assert.DoesNotContain(found, f => f.Slug == "london-mayor-2016" && f.Subject is "Carl Doe" or "Dee Fox");
    }

    [Fact]
    public void A_term_won_in_a_year_the_race_was_not_held_files_nothing_under_the_race_in_view() =>
        Assert.DoesNotContain(Extract.Filed(Race + "Carl Doe won a second term in 2015 with 51.5%.", May2016, "Ann Poe", "Bob Roe", "Carl Doe"), f => f.Value == 51.5m);
}
