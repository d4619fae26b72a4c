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
}
