using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>One elected "four years ago, when", in a report of this year's race: that race held so many years before.
/// Texts written here, names invented.</summary>
public class YearsAgoWhenTests
{
    private static readonly DateOnly May2016 = new(2016, 5, 7);
    private const string Race = "Labour's Ann Poe has been elected Mayor of London, beating the Conservative candidate Bob Roe.\n";

    [Fact]
    public void One_elected_years_ago_when_is_elected_in_the_race_held_then()
    {
        var candidacies = Extract.From(Race + "Turnout was about 45 per cent, up from 38 per cent four years ago, when Carl Doe was re-elected.", May2016, "Ann Poe", "Bob Roe", "Carl Doe").Candidacies;
        Assert.Contains(candidacies, c => c.Candidate == "Carl Doe" && c.ElectionSlug == "london-mayor-2012");
        Assert.DoesNotContain(candidacies, c => c.Candidate == "Carl Doe" && c.ElectionSlug == "london-mayor-2016");
    }

    [Fact]
    public void Not_when_the_race_was_not_held_so_many_years_before() =>
        Assert.DoesNotContain(Extract.From(Race + "Turnout was about 45 per cent, up from 38 per cent three years ago, when Carl Doe was re-elected.", May2016, "Ann Poe", "Bob Roe", "Carl Doe").Candidacies,
            c => c.Candidate == "Carl Doe" && c.ElectionSlug == "london-mayor-2016");
}
