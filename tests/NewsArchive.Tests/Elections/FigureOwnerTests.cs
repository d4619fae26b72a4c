using NewsArchive.Elections;
using NewsArchive.Language;

namespace NewsArchive.Tests.Elections;

/// <summary>Whose a figure is, and when it is no result: one test per rule, on texts written for it.</summary>
public class FigureOwnerTests
{
    [Fact]
    public void RelativeParty_a_party_a_relative_clause_is_on_owns_its_figure() =>
        Assert.Equal([("Liberal Democrats", FigureKind.Seats, 8m)],
            ResultRun.FiguresIn2018("The Liberal Democrats, who won 8 seats at the 2015 general election, hope to double that."));

    [Fact]
    public void RelativeParty_a_person_a_relative_clause_is_on_is_no_party() =>
        Assert.DoesNotContain(ResultRun.FiguresIn2018("Labour's candidate Jane Doe, who won 8,000 votes at the 2015 general election, is standing again."),
            f => f.Subject == "Labour");

    [Fact]
    public void Contender_a_leadership_contests_own_party_is_no_contender_the_person_before_it_is() =>
        Assert.Equal([("Jane Doe", FigureKind.Share, 59.5m)],
            ResultRun.FiguresIn2018("Jane Doe won the Labour leadership race in 2015 with 59.5% of the vote."));

    [Fact]
    public void Contender_a_leadership_contests_figure_with_no_person_is_nobodys() =>
        Assert.Empty(ResultRun.FiguresIn2018("Labour's leadership contest in 2015 was won with 59.5% of the vote."));

    [Theory]
    [InlineData("At the 2015 general election the Liberal Democrats fell from 57 seats to eight.")]
    [InlineData("At the 2015 general election the SNP went from six seats to 56 seats.")]
    public void FromBefore_the_level_a_change_went_from_is_the_contest_befores(string text) =>
        Assert.DoesNotContain(ResultRun.FiguresIn2018(text), f => f.Value is 57m or 6m);

    [Fact]
    public void FromBefore_the_level_a_change_went_to_stays_this_contests() =>
        Assert.Equal([("Labour", FigureKind.Share, 30.4m)], ResultRun.FiguresIn2018("At the 2015 general election Labour's share rose from 29% to 30.4%."));

    [Fact]
    public void Modal_a_share_hoped_for_is_a_prediction_not_a_result() =>
        Assert.Equal([("Green Party", FigureKind.Share, 3.8m)],
            ResultRun.FiguresIn2018("The Greens polled 3.8% at the 2015 general election and hope for 5% next time."));

    [Fact]
    public void OwnParty_a_share_taken_by_their_party_is_not_the_persons() =>
        Assert.DoesNotContain(ResultRun.FiguresIn2018("At the 2008 London Assembly election, the BNP's Jane Doe won a seat after her party took 5.3% of the vote."),
            f => f.Subject == "Jane Doe" && f.Kind == FigureKind.Share);

    [Fact]
    public void LeadersParty_a_leaders_party_is_the_party_the_article_gives_the_leader() =>
        Assert.Equal([("Green Party", FigureKind.Share, 27.5m)],
            ResultRun.FiguresIn2018("Green Party leader Jane Doe was all smiles.\nAt the 2014 European elections, Jane Doe's party took 27.5% of the vote."));

    [Fact]
    public void LeadersParty_a_leaders_party_the_article_never_names_is_nobodys() =>
        Assert.Empty(ResultRun.FiguresIn2018("At the 2014 European elections, Jane Doe's party took 27.5% of the vote."));

    [Fact]
    public void GivenToSubject_a_share_giving_her_is_the_sentence_subjects_not_the_last_named() =>
        Assert.Contains(("Jane Doe", FigureKind.Share, 56.8m),
            ResultRun.FiguresIn2018("Jane Doe won 1,310,143 votes in the 2016 London mayoral election, against 994,614 for John Roe, giving her 56.8% of the vote."));

    [Theory]
    [InlineData("Jane Doe saw off a challenge from John Roe in the 2016 Labour leadership election, winning 61.8% of the vote.")]
    [InlineData("In 2016, Jane Doe saw off a challenge from John Roe in the Labour leadership election, winning 61.8% of the vote.")]
    public void GivenToSubject_a_share_won_in_a_participle_is_the_sentence_subjects(string text) =>
        Assert.Contains(("Jane Doe", FigureKind.Share, 61.8m), ResultRun.FiguresIn2018(text));

    [Fact]
    public void PlacedAgainst_the_one_a_candidate_came_behind_is_not_the_owner_of_what_follows() =>
        Assert.Contains(("Jane Doe", FigureKind.Share, 4.2m),
            ResultRun.FiguresIn2018("At the 2016 London mayoral election, the Liberal Democrat Jane Doe came fourth, behind the Green candidate John Roe, with 4.2%."));

    [Fact]
    public void A_he_after_an_opening_phrase_is_the_last_sentences_subject() =>
        Assert.Contains(("Jane Doe", FigureKind.Votes, 971931m),
            ResultRun.FiguresIn2018("Jane Doe won the 2016 London mayoral election with 51.5% in the final round.\nIn the first round he had polled 971,931 votes to John Roe's 889,918."));

    [Fact]
    public void Forward_a_figure_for_a_party_label_and_its_candidate_is_the_candidates() =>
        Assert.Contains(("John Roe", FigureKind.Share, 44.6m),
            ResultRun.FiguresIn2018("Jane Doe won 55.4% of the vote in the 2016 London mayoral election, against 44.6% for the Conservative John Roe."));
}
