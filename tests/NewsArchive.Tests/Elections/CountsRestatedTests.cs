using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A final count told as two counts, then restated as a majority after a colon and as a pair of shares after
/// ", or". Texts written here.</summary>
public class CountsRestatedTests
{
    private static readonly DateOnly May2012 = new(2012, 5, 5);

    private const string Elected = "Jane Doe was re-elected Mayor of London late last night, beating John Roe.\n";

    private const string Final = "Jane Doe had 1,104,322 votes after second preferences against 1,002,117 for her Labour rival: a majority of 102,205, or 52.4% to 47.6%.";

    private static IReadOnlyList<(string Slug, string Subject, FigureKind Kind, decimal Value)> Filed(string text) =>
        Extract.Filed(Elected + "John Roe stood for Labour.\n" + text, May2012, "Jane Doe", "John Roe");

    [Fact]
    public void A_count_after_second_preferences_is_set_against_the_rivals() =>
        Assert.Contains(("london-mayor-2012", "John Roe", FigureKind.Votes, 1002117m), Filed(Final));

    [Fact]
    public void A_majority_after_a_colon_is_the_larger_counts() =>
        Assert.Contains(("london-mayor-2012", "Jane Doe", FigureKind.Majority, 102205m), Filed(Final));

    [Fact]
    public void Shares_restating_the_counts_after_or_are_theirs_in_the_same_order()
    {
        var filed = Filed(Final);
        Assert.Contains(("london-mayor-2012", "Jane Doe", FigureKind.Share, 52.4m), filed);
        Assert.Contains(("london-mayor-2012", "John Roe", FigureKind.Share, 47.6m), filed);
    }

    [Fact]
    public void A_range_after_or_that_is_no_pair_of_shares_is_not_read_as_one() =>
        Assert.DoesNotContain(Filed("Jane Doe won 1,104,322 votes, or 10 to 12 in every hundred cast in the suburbs."), f => f.Value is 10m or 12m);
}
