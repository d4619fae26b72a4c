using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A body's own vote on a question, as a student paper reports it: a union's referendum on its affiliation,
/// the motions of its history, its council's votes. Its counts are its sides', Yes and No; a division of the Commons
/// is never read as one. Texts written here.</summary>
public class BodyVoteTests
{
    private static readonly DateOnly Spring2016 = new(2016, 2, 12);

    [Fact]
    public void A_history_of_a_unions_motions_gives_each_year_its_count_by_side()
    {
        var filed = Extract.Filed(
            "Northfield College Union will hold a referendum on affiliation to the NUS alongside this year’s sabbatical elections.\n"
            + "The story so far:\n1971 Motion to affiliate passed 512 to 470\n1984 Referendum to disaffiliate failed by 1,210 to 904", Spring2016);
        Assert.Contains(("northfield-college-union-elections-1971", "Yes", FigureKind.Votes, 512m), filed);
        Assert.Contains(("northfield-college-union-elections-1971", "No", FigureKind.Votes, 470m), filed);
        Assert.Contains(("northfield-college-union-elections-1984", "No", FigureKind.Votes, 1210m), filed);
        Assert.Contains(("northfield-college-union-elections-1984", "Yes", FigureKind.Votes, 904m), filed);
    }

    /// <summary>"Motion overturned in an EGM by 300 to 280", a line on: the same year's, and a second motion, whose count on
    /// the one line per side would read as another report of the first's.</summary>
    [Fact]
    public void A_second_motion_of_the_same_year_is_left_out_with_its_reason()
    {
        var result = Extract.From(
            "Northfield College Union will hold a referendum on affiliation to the NUS alongside this year’s sabbatical elections.\n"
            + "1971 Motion to affiliate passed 512 to 470\nIN\nMotion overturned in an EGM by 300 to 280", Spring2016);
        Assert.Equal([470m, 512m], result.Figures.Where(f => f.ElectionSlug == "northfield-college-union-elections-1971").Select(f => f.Value.Value).Order());
        Assert.Equal(2, result.LeftOut.Count(l => l.Reason == LeftOutReason.AnotherMotion));
    }

    [Theory]
    [InlineData("Northfield University’s Students Union narrowly voted to disaffiliate from the National Union of Students in a referendum that closed on Wednesday.\nThe results were announced at 7pm, with the “No” campaign winning with a majority of 128 on a turnout of 15%.", FigureKind.Majority)]
    [InlineData("Northfield University’s Students Union has declared last week’s vote on whether to stay affiliated to the NUS void.\nThe ‘no’ vote had won the referendum by a slender 128 votes.", FigureKind.Majority)]
    public void A_unions_referendum_is_its_own_with_the_winning_sides_lead(string text, FigureKind kind)
    {
        var filed = Extract.Filed(text, Spring2016);
        Assert.Contains(filed, f => f is { Subject: "No", Value: 128m } && f.Kind == kind && f.Slug.StartsWith("northfield-universitys-students-union", StringComparison.Ordinal));
        Assert.DoesNotContain(filed, f => f.Slug.Contains("national-union", StringComparison.Ordinal));
    }

    [Fact]
    public void A_councils_vote_counts_for_and_against_and_leaves_abstentions_unread()
    {
        var filed = Extract.Filed(
            "The results of an online vote taken last week by members of Northfield Union Council were released on Monday.\n"
            + "The email vote agreed to publish councillors’ voting records (13 for, 9 against, 6 abstentions).", Spring2016);
        Assert.Equal([("Yes", 13m), ("No", 9m)], filed.Select(f => (f.Subject, f.Value)));
    }

    [Theory]
    [InlineData("In the 2016 referendum the country voted to leave the European Union.\nThe motion was rejected by 432 votes to 202 in the Commons.")]
    [InlineData("Northfield College Union backed the Remain campaign before the EU referendum.\nMPs passed the motion by 320 to 280.")]
    public void A_division_of_Parliament_is_no_bodys_vote(string text) =>
        Assert.DoesNotContain(Extract.Filed(text, Spring2016), f => f.Value is 432m or 202m or 320m or 280m);
}
