using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>How a report of a race for one office tells who won and whose figure it is, in words a results story
/// uses: victory verbs, a majority told by a pronoun or the office, the winner called by party. Texts written here.</summary>
public class RaceWordingTests
{
    private static readonly DateOnly May2024 = new(2024, 5, 4);

    [Theory]
    [InlineData("Jane Doe stormed to victory in the London mayoral election on Saturday.")]
    [InlineData("Jane Doe swept to a historic third term in the London mayoral election.")]
    [InlineData("Jane Doe romped home in the London mayoral election, ahead of John Roe.")]
    [InlineData("Jane Doe cruised to re-election as Mayor of London on Saturday.")]
    public void A_victory_verb_elects_its_subject(string text) =>
        Assert.Contains(Extract.From(text, May2024, "Jane Doe", "John Roe").Candidacies,
            c => c is { Candidate: "Jane Doe", Outcome: Outcome.Elected, ElectionSlug: "london-mayor-2024" });

    [Theory]
    [InlineData("Jane Doe stormed to victory in the London mayoral election.\nThe mayor's majority of 275,828 was the largest of her three wins.")]
    [InlineData("Jane Doe has been re-elected as Mayor of London.\nHer majority of 275,828 was almost three times the last one.")]
    public void A_majority_told_by_the_office_or_a_pronoun_is_the_winners(string text)
    {
        var majority = Extract.From(text, May2024, "Jane Doe", "John Roe").Figure(FigureKind.Majority);
        Assert.Equal(("Jane Doe", 275828m), (majority.Candidate, majority.Value.Value));
    }

    [Fact]
    public void The_winner_called_by_party_and_a_word_for_a_politician_is_that_partys_candidate()
    {
        var result = Extract.From("Labour's Jane Doe has been re-elected as Mayor of London, beating the Conservative John Roe.\nThe Labour politician received 1,088,225 votes.",
            May2024, "Jane Doe", "John Roe");
        Assert.Equal("Jane Doe", result.Figure(FigureKind.Votes).Candidate);
    }

    [Fact]
    public void A_person_named_inside_a_relative_clause_is_not_the_main_verbs_subject()
    {
        var result = Extract.From("Jane Doe has been re-elected as Mayor of London.\nJohn Roe, who had been predicted to run Doe close, won 32.7%.",
            May2024, "Jane Doe", "John Roe");
        Assert.Equal("John Roe", result.Figure(FigureKind.Share).Candidate);
    }

    [Theory]
    [InlineData("Jane Doe won the London mayoral election.\nShe is the only mayor other than John Roe to be re-elected after a full term.")]
    [InlineData("Jane Doe won the London mayoral election.\nShe is the first mayor since John Roe to be re-elected with a bigger share.")]
    [InlineData("Jane Doe won the London mayoral election.\nHer party had expected John Roe to be elected.")]
    public void One_named_before_to_be_elected_is_not_said_to_be_elected(string text) =>
        Assert.DoesNotContain(Extract.From(text, May2024, "Jane Doe", "John Roe").Candidacies, c => c is { Candidate: "John Roe", Outcome: Outcome.Elected });

    [Fact]
    public void One_who_went_on_to_be_elected_was_elected() =>
        Assert.Contains(Extract.From("Jane Doe stood in the London mayoral election.\nJane Doe went on to be elected with 40% of the vote.", May2024, "Jane Doe", "John Roe").Candidacies,
            c => c is { Candidate: "Jane Doe", Outcome: Outcome.Elected });
}
