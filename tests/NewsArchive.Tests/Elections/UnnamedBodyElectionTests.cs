using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A union's own vote reported without naming the body's election ("Winners of leadership elections revealed"):
/// read as the body's in an article that speaks of a union and names no other election. Texts written here.</summary>
public class UnnamedBodyElectionTests
{
    private static readonly DateOnly March2017 = new(2017, 3, 10);

    [Fact]
    public void A_results_story_headlined_with_a_lower_case_round_is_the_unions_election()
    {
        var result = Extract.WithHeadline("Winners of leadership elections revealed",
            "The results were announced on Friday night in the Union bar. Turnout reached 48%, the highest in the Union's history.\n"
            + "Jane Parker is the new Union President, winning 2,110 votes in the final round.", March2017);
        var election = Assert.Single(result.Elections);
        Assert.Equal((ElectionKind.Organisation, 2017), (election.Kind, election.Year));
        Assert.Contains(result.Figures, f => f.Kind == FigureKind.Turnout && f.Value.Value == 48);
    }

    [Fact]
    public void Students_voting_speak_of_the_unions_vote()
    {
        var result = Extract.WithHeadline("Summer election results announced",
            "The results of the summer elections were released on Monday. Only 9% of students voted.\n"
            + "The new Council Chair won by 32 votes.", March2017);
        Assert.Equal(ElectionKind.Organisation, Assert.Single(result.Elections).Kind);
    }

    [Fact]
    public void A_body_named_with_the_election_in_the_opening_is_its_own()
    {
        var result = Extract.WithHeadline("Medics elect new president",
            "NMSU has elected a new president for the coming year, in an election that drew a turnout of 31%.", March2017);
        var election = Assert.Single(result.Elections);
        Assert.Equal((ElectionKind.Organisation, "NMSU"), (election.Kind, election.Area));
    }

    [Theory]
    // A party's contest: Westminster is spoken of more than any union.
    [InlineData("Leadership elections loom", "Labour MPs met on Monday. The Union of Workers backed the Labour leader. Labour MPs are restless.")]
    // Every union's elections, as a class: no one vote.
    [InlineData("Papers may now cover union elections", "Student papers may cover union elections, the Union agreed. The Union's rules change.")]
    // Registering to vote is for the country's elections.
    [InlineData("Students urged to register before the election", "The Union is urging students to register to vote before the election. The Union's stall helps.")]
    // A student standing for the city council: a public vote.
    [InlineData("Student elected to city council", "Union officer Leah Park won the Castle ward with 1,120 votes. The Union's sabbatical team cheered.")]
    // A union's choice of policy, not a vote for an office.
    [InlineData("Council backs rent strike", "Union Council has elected to support the rent strike. The Union's Deputy President spoke.")]
    // A union's referendum is no election of its officers.
    [InlineData("Students vote to leave NUS", "The referendum on the elections committee's rules closed. The Union's Deputy President spoke.")]
    // One mention of a union is an aside.
    [InlineData("Election fever", "Turnout at the election was 31%. The Union bar was busy.")]
    public void No_body_election_is_read_without_a_union_in_view(string headline, string text) =>
        Assert.DoesNotContain(Extract.WithHeadline(headline, text, March2017).Elections, e => e.Kind == ElectionKind.Organisation);

    [Fact]
    public void An_article_that_names_another_election_is_left_to_it() =>
        Assert.DoesNotContain(Extract.WithHeadline("Election fever",
            "Students voted in the general election. The Union ran a stall. The Union's sabbatical officers campaigned.", March2017).Elections,
            e => e.Kind == ElectionKind.Organisation);
}
