using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Whom "he" or "she" stands for when a figure is theirs: the person the sentence before opens its main clause
/// on, after a time ("Today"), an opening clause, or a clause set before it. Texts written here.</summary>
public class SentenceSubjectTests
{
    private const string Slug = "london-mayor-2021";

    [Theory]
    [InlineData("Today Jane Doe becomes Mayor of London after Thursday's mayoral election. She took 54% of the vote against John Roe.")]
    [InlineData("The London mayoral election was decided on Saturday. Unlike four years ago, when she lost to John Roe by 3,000 votes, Jane Doe can claim a mandate. She took 54% of the vote.")]
    [InlineData("Jane Doe was elected Mayor of London in Thursday's mayoral election. In the first round on Thursday, contested by nine candidates, she took 54% of the vote.")]
    [InlineData("Jane Doe was elected Mayor of London in Thursday's mayoral election. This time she took 54% of the vote.")]
    [InlineData("On Saturday in Southwark Jane Doe was elected Mayor of London in the mayoral election. This time she took 54% of the vote.")]
    public void A_pronoun_is_the_subject_of_the_sentence_before(string text) =>
        Assert.Contains((Slug, "Jane Doe", FigureKind.Share, 54m), Extract.Filed(text, Extract.Saturday, "Jane Doe", "John Roe"));

    /// <summary>"and his total" after a rival named as an object is the subject's; "he and Jane Doe ... respectively"
    /// puts the pronoun's person first.</summary>
    [Theory]
    [InlineData("He took 54% of the vote, against 46% for Jane Doe, and his total of more than 1.2 million votes is a record.", "John Roe", FigureKind.Votes, 1_200_000)]
    [InlineData("In percentage terms he and Jane Doe took 54% and 46% respectively.", "John Roe", FigureKind.Share, 54)]
    public void The_pronoun_owns_the_count_beside_a_rival(string sentence, string owner, FigureKind kind, int value)
    {
        var filed = Extract.Filed("John Roe was elected Mayor of London in Thursday's mayoral election.\n" + sentence, Extract.Saturday, "Jane Doe", "John Roe");
        Assert.Contains((Slug, owner, kind, (decimal)value), filed);
        Assert.Contains((Slug, "Jane Doe", FigureKind.Share, 46m), filed);
    }

    /// <summary>A name in the clause set before the main one is not its subject ("When John Roe conceded, Jane Doe ...").</summary>
    [Fact]
    public void A_name_inside_the_clause_before_is_not_the_subject() =>
        Assert.Contains((Slug, "Jane Doe", FigureKind.Share, 54m),
            Extract.Filed("The London mayoral election was decided on Saturday. When John Roe conceded at noon, Jane Doe thanked her team. She took 54% of the vote.", Extract.Saturday, "Jane Doe", "John Roe"));

    /// <summary>"Last September she won": a time before the report's is not the contest in view.</summary>
    [Fact]
    public void A_pronoun_after_an_earlier_time_is_not_the_contest_in_view() =>
        Assert.DoesNotContain(Extract.Filed("Jane Doe was elected Mayor of London in Thursday's mayoral election.\nShe took 54% of the vote.\nLast September she won with 61%.",
            Extract.Saturday, "Jane Doe", "John Roe"), f => f.Value == 61m);
}
