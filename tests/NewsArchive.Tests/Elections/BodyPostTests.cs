using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>The post of a union's election each figure and candidacy is for: a union elects many posts at once, and
/// only one post's candidates stood against each other. Texts written here.</summary>
public class BodyPostTests
{
    private static readonly DateOnly Spring2019 = new(2019, 3, 15);

    private static ElectionExtraction Read(string text, params string[] people) =>
        Extract.From("The results of Northfield Union’s Leadership Elections were announced on Friday.\n" + text, Spring2019, people);

    private static string? PostOf(ElectionExtraction result, decimal votes) => Assert.Single(result.Figures, f => f.Value.Value == votes).Post;

    [Theory]
    [InlineData("Kim Park, this year’s RAG Chair, will be Union President, after being elected with 2395 votes.", "Union President")]
    [InlineData("Deputy President (Welfare) will be Kim Park, who was elected in the 4th Round with 2395 votes.", "Deputy President (Welfare)")]
    [InlineData("Kim Park was elected Council Chair with 2395 votes.", "Council Chair")]
    [InlineData("Kim Park will be the Deputy President (Clubs & Societies) after being elected in the third round with 2395 votes.", "Deputy President (Clubs & Societies)")]
    [InlineData("Sports Officer Kim Park beat two rivals with 2395 votes.", "Sports Officer")]
    public void A_figure_takes_the_post_its_sentence_names(string text, string post) =>
        Assert.Equal(post, PostOf(Read(text, "Kim Park"), 2395));

    [Fact]
    public void Two_posts_in_one_sentence_each_figure_takes_its_own_clauses()
    {
        var result = Read("Deputy President (Education) will be Kim Park, who received 3384 votes, and the Deputy President (Finance & Services) will be Lee Chan, who was elected with 2914 votes.",
            "Kim Park", "Lee Chan");

        Assert.Equal("Deputy President (Education)", PostOf(result, 3384));
        Assert.Equal("Deputy President (Finance & Services)", PostOf(result, 2914));
        Assert.Equal("Deputy President (Finance & Services)", Assert.Single(result.Candidacies, c => c.Candidate == "Lee Chan").Post);
    }

    [Fact]
    public void A_title_before_the_name_gives_way_to_the_post_the_votes_elected_to()
    {
        var result = Read("RCSU President Kim Park beat closest contender Lee Chan in the third stage of the voting process by 1983 to 1593 votes to be elected Union president.",
            "Kim Park", "Lee Chan");

        Assert.Equal("Union President", PostOf(result, 1983));
        Assert.Equal("Union President", PostOf(result, 1593));
        Assert.Equal("Union President", Assert.Single(result.Candidacies, c => c.Candidate == "Kim Park").Post);
    }

    [Fact]
    public void A_post_named_after_the_figure_with_for_is_its_post()
    {
        var result = Read("Lee Chan (1,502 votes) beat Sam Fox (1,311 votes) for Deputy President (Finance).", "Lee Chan", "Sam Fox");

        Assert.Equal(["Deputy President (Finance)", "Deputy President (Finance)"], result.Figures.Select(f => f.Post).ToList());
    }

    [Fact]
    public void A_sentence_naming_no_post_takes_the_one_named_before_it_in_its_paragraph()
    {
        var result = Read("""
            Kim Park will be Union President after being elected with 2395 votes. The closest race by far was for Felix Editor. In the first round of voting, Lee Chan received 1793 votes and Sam Fox received 1780 votes. When the votes were transferred Lee Chan eventually won with 1848 votes to Sam Fox’s 1822.
            """, "Kim Park", "Lee Chan", "Sam Fox");

        Assert.Equal("Union President", PostOf(result, 2395));
        Assert.All(new[] { 1793m, 1780m, 1848m, 1822m }, votes => Assert.Equal("Felix Editor", PostOf(result, votes)));
    }

    [Fact]
    public void A_post_in_another_paragraph_is_not_carried()
    {
        var result = Read("""
            Kim Park will be Union President after being elected with 2395 votes.
            Lee Chan received 1793 votes.
            """, "Kim Park", "Lee Chan");

        Assert.Null(PostOf(result, 1793));
    }

    [Theory]
    [InlineData("Kim Park took the presidency with 2395 votes.")]
    [InlineData("Kim Park was elected as first year rep with 2395 votes.")]
    [InlineData("Kim Park, the outgoing President, won 2395 votes in the race.")]
    [InlineData("Kim Park won one of the Student Trustees' seats on the Trustee Board with 2395 votes.")]
    public void No_post_when_unsure(string text) =>
        Assert.Null(PostOf(Read(text, "Kim Park"), 2395));

    [Fact]
    public void A_title_the_person_holds_now_is_not_the_post_stood_for() =>
        Assert.Null(Assert.Single(Read("This year’s Council Chair Kim Park was elected to one of the positions.", "Kim Park").Candidacies, c => c.Candidate == "Kim Park").Post);

    [Fact]
    public void Other_kinds_of_election_have_no_posts()
    {
        var result = Extract.From("At the general election, the Prime Minister Kim Park won 25,000 votes in Northfield.", new DateOnly(2019, 12, 13), "Kim Park");

        Assert.NotEmpty(result.Figures);
        Assert.All(result.Figures, f => Assert.Null(f.Post));
        Assert.All(result.Candidacies, c => Assert.Null(c.Post));
    }
}
