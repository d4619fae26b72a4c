using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>What the result patterns for a body's election must not read in general election news: a runner-up's
/// lead, the voters of a group, an age. Texts written here.</summary>
public class BodyFigureGuardTests
{
    private static readonly DateOnly May2015 = new(2015, 5, 9);

    private static IReadOnlyList<(string Subject, FigureKind Kind, decimal Value)> Read(string text, params string[] people) =>
        Extract.From("Labour held Northfield at the general election on Thursday.\n" + text, May2015, people)
            .Figures.Select(f => (f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value)).ToList();

    [Theory]
    [InlineData("The Liberal Democrat Sam Jones came second, 370 votes ahead of the Conservative Ann Poe.")]
    [InlineData("The Conservative candidate was 370 votes ahead of UKIP but 5,000 behind Labour.")]
    [InlineData("The Conservatives polled 370 votes more than in 2010.")]
    public void A_lead_that_is_not_the_winners_is_no_majority(string text) =>
        Assert.DoesNotContain(Read(text, "Sam Jones", "Ann Poe"), f => f.Kind == FigureKind.Majority && f.Value == 370m);

    [Theory]
    [InlineData("Britain voted to leave the EU in the referendum on Thursday.\n73% of young people and 60% of pensioners voted Leave.")]
    [InlineData("Britain voted to leave the EU in the referendum on Thursday.\n73% of young people and 60% of adults voted remain.")]
    public void The_voters_of_groups_who_voted_for_a_side_are_no_turnout(string text) =>
        Assert.DoesNotContain(Extract.From(text, new DateOnly(2016, 6, 25)).Figures, f => f.Kind == FigureKind.Turnout);

    [Fact]
    public void An_age_in_brackets_after_a_name_is_no_count_of_votes() =>
        Assert.DoesNotContain(Read("The new MP, Jo Bloggs (45), beat Sam Jones (1,200 votes).", "Jo Bloggs", "Sam Jones"), f => f.Value == 45m);

    /// <summary>National news written here to guard the student-paper rules: each reads exactly its own results, and a
    /// group's turnout ("Among young voters") is that group's, never the whole's.</summary>
    [Theory]
    [InlineData("2015-05-09", "The Conservatives won the general election on Thursday with 331 seats, a majority of 12. Labour took 232 seats. Turnout was 66.1%. Among young voters, turnout was about 43%, while 78% of pensioners voted.",
        "Seats 331|Majority 12|Seats 232|Turnout 66.1|Turnout 43 of young voters")]
    [InlineData("2016-06-24", "Britain voted to leave the European Union in Thursday's referendum. Leave won 51.9% of the vote to Remain's 48.1%, on a turnout of 72.2%. In London, 59.9% voted to remain. Turnout among 18-24 year olds was estimated at 64%.",
        "Share 51.9|Share 48.1|Turnout 72.2")]
    [InlineData("2017-05-20", "A new YouGov poll puts Labour on 38% and the Conservatives on 42%. Among under-25s, Labour leads by 40 points. In the 2015 general election the Conservatives won 36.9% of the vote.",
        "Share 36.9")]
    [InlineData("2016-09-24", "Jeremy Corbyn was re-elected Labour leader with 61.8% of the vote, beating Owen Smith, who won 38.2%. Among party members, he took 59%, and among registered supporters 70%. Turnout was 77.6%.",
        "Share 61.8|Share 38.2|Turnout 77.6")]
    public void National_results_read_only_their_own_figures(string date, string text, string expected) =>
        Assert.Equal(expected.Split('|'), Extract.From(text, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), "Jeremy Corbyn", "Owen Smith")
            .Figures.Select(f => $"{f.Kind} {f.Value.Value}{(f.Part is null ? "" : " of " + f.Part)}"));
}
