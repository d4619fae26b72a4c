using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>More of the ways a results story gives a race's counts: a margin hedged with "just", a count after the
/// round it was reached in, a rival in apposition after "while", a pair after "beat RON with". Texts written here.</summary>
public class BodyResultWordingTests
{
    private static readonly DateOnly Spring2018 = new(2018, 3, 9);

    private static IReadOnlyList<(string Subject, FigureKind Kind, decimal Value)> Results(string text, params string[] people) =>
        Extract.From("The results of Northfield Union’s Leadership Elections were announced on Friday.\n" + text, Spring2018, people)
            .Figures.Select(f => (f.Candidate ?? f.Party ?? "-", f.Kind, f.Value.Value)).ToList();

    [Theory]
    [InlineData("Dan Moss has been elected President by a margin of just 43 votes.")]
    [InlineData("Dan Moss won the presidency by a margin of only 43 votes.")]
    public void Margin_hedged_with_just_or_only_is_the_winners_majority_not_a_count(string text) =>
        Assert.Equal([("Dan Moss", FigureKind.Majority, 43m)], Results(text, "Dan Moss"));

    [Fact]
    public void ListItem_after_the_round_the_count_was_reached_in_is_the_next_ones() =>
        Assert.Equal([("Liam Ford", FigureKind.Votes, 2045m), ("Sara Mills", FigureKind.Votes, 1730m)],
            Results("Liam Ford took 2,045 votes in the final round to Sara Mills' 1,730.", "Liam Ford", "Sara Mills"));

    [Fact]
    public void ListItem_a_rival_in_apposition_after_while_has_the_count_after_the_name() =>
        Assert.Equal([("Dan Moss", FigureKind.Votes, 2108m), ("Ellie Shaw", FigureKind.Votes, 2065m)],
            Results("Dan Moss received 2,108 votes, while his closest rival, Ellie Shaw, received 2,065.", "Dan Moss", "Ellie Shaw"));

    [Fact]
    public void Defeated_on_a_motion_with_a_pair_of_counts_is_a_division() =>
        Assert.Empty(Results("The government was defeated on the amendment with 297 votes to 203."));

    [Fact]
    public void Beat_RON_with_a_pair_of_counts_is_no_division() =>
        Assert.Equal([("Hana Brook", FigureKind.Votes, 1550m), ("RON", FigureKind.Votes, 201m)],
            Results("Hana Brook beat RON with 1,550 votes to 201.", "Hana Brook"));
}
