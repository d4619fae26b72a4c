using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A member's own election to the Commons told by the year it came: the general election of that year.
/// Texts written here.</summary>
public class MemberElectedTests
{
    private static readonly DateOnly March2005 = new(2005, 3, 10);

    private static IReadOnlyList<(ElectionKind Kind, string Area, int Year)> Elections(string text) => Extract.Elections(text, March2005);

    [Theory]
    [InlineData("1983 was when I was first elected as an MP.", 1983)]
    [InlineData("He entered Parliament in 2001.", 2001)]
    [InlineData("She won her seat in 1997.", 1997)]
    [InlineData("He lost his seat in 1997.", 1997)]
    [InlineData("Elected in a safe Labour seat in 2001, he became a minister a year later.", 2001)]
    [InlineData("Becoming an MP in 1997, she rose fast.", 1997)]
    public void A_seat_won_or_lost_or_parliament_entered_in_a_year_is_that_years_general_election(string text, int year) =>
        Assert.Equal([(ElectionKind.General, "UK", year)], Elections(text));

    [Theory]
    [InlineData("He lost his seat on the council in 2005.")]
    [InlineData("She was elected mayor in 2000 after leaving Parliament.")]
    public void A_seat_or_an_office_of_another_body_is_no_general_election(string text) =>
        Assert.DoesNotContain(Elections(text), e => e.Kind == ElectionKind.General);
}
