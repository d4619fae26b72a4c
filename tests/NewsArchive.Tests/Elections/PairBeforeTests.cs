using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A pair that names nobody, told right after a sentence whose pair was two candidates' ("On first preferences
/// he led by 44.2 per cent to 35 per cent"), and the subject a sentence opens on after a clause of time. Texts written
/// here, names invented.</summary>
public class PairBeforeTests
{
    private static readonly DateOnly May2021 = new(2021, 5, 9);
    private const string Race = "Ann Poe was elected Mayor of London, defeating Bob Roe.\n";
    private const string Final = "After second preferences were counted, Ms Poe had 310,143 votes to Mr Roe's 294,614, a win by 51.3% to 48.7%.";

    private static IReadOnlyList<(string Subject, FigureKind Kind, decimal Value)> Figures(string text) =>
        Extract.Filed(Race + text, May2021, "Ann Poe", "Bob Roe").Select(f => (f.Subject, f.Kind, f.Value)).ToList();

    [Fact]
    public void A_pronouns_pair_is_the_two_of_the_pair_before_and_the_pronoun_is_the_one_the_sentence_before_opened_on()
    {
        var found = Figures(Final + " On first preferences she led by 44.2 per cent to 35 per cent, taking 148,716 votes.");
        Assert.Contains(("Ann Poe", FigureKind.Share, 44.2m), found);
        Assert.Contains(("Bob Roe", FigureKind.Share, 35m), found);
        Assert.Contains(("Ann Poe", FigureKind.Votes, 148716m), found);
    }

    [Fact]
    public void A_gap_told_as_a_pair_is_the_two_of_the_pair_before()
    {
        var found = Figures(Final + " On first preferences the gap was tighter, at 40.0% to 35.3%.");
        Assert.Contains(("Ann Poe", FigureKind.Share, 40.0m), found);
        Assert.Contains(("Bob Roe", FigureKind.Share, 35.3m), found);
    }

    [Fact]
    public void A_pair_two_sentences_on_is_nobodys() =>
        Assert.DoesNotContain(Figures(Final + " Turnout was 38%. On first preferences the gap was tighter, at 40.0% to 35.3%."), f => f.Value == 35.3m);

    [Fact]
    public void A_pair_after_another_name_is_not_the_pair_befores() =>
        Assert.DoesNotContain(Figures(Final + " Carl Doe, in Eastbrook, led by 40.0% to 35.3%."), f => f.Subject == "Bob Roe" && f.Value == 35.3m);
}
