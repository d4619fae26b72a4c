using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A general election reported the morning after with no words "general election": a term of government
/// won. Texts written here.</summary>
public class GeneralResultWordingTests
{
    private static readonly DateOnly MorningAfter = new(2005, 5, 6);

    private static ElectionExtraction Run(string text) => Extract.From(text, MorningAfter, "Jane Doe", "John Roe");

    [Fact]
    public void TermWon_a_third_term_won_is_the_general_election_near_polling_day() =>
        Assert.Contains(("uk-general-election-2005", "Labour", 356m),
            Run("Labour has won a historic third term in power.\nLabour won 356 seats, the Conservatives 197 and the Liberal Democrats 62.")
                .Figures.Select(f => (f.ElectionSlug, f.Party, f.Value.Value)));

    [Fact]
    public void TermWon_a_term_as_mayor_is_no_general_election() =>
        Assert.DoesNotContain(Run("Jane Doe has won a third term as mayor.").Elections, e => e.Kind == ElectionKind.General);
}
