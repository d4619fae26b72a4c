using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Names of another country's parties that the party table does not hold: an acronym with a small letter,
/// an acronym in brackets after a description, a subject ending with its number; never a single word, which may be
/// a leader's surname. Texts written here.</summary>
public class ForeignPartyNameTests
{
    private static readonly DateOnly May2019 = new(2019, 5, 3);

    private static IReadOnlyList<(string? Party, FigureKind Kind, decimal Value)> Figures(string text) =>
        Extract.From(text, May2019).Figures.Select(f => (f.Party, f.Kind, f.Value.Value)).ToList();

    [Fact]
    public void Single_a_single_word_written_again_may_be_a_leaders_surname_so_it_is_no_partys_name() =>
        Assert.Empty(Figures("France held its presidential election on Sunday, and Macron campaigned hard.\nMacron won 66.1% of the vote in the second round."));

    [Fact]
    public void Single_a_leaders_possessive_opens_no_partys_name() =>
        Assert.DoesNotContain(Figures("Spain held its general election on Sunday.\nSánchez's Socialists came first with 123 seats."), f => f.Party!.Contains("Sánchez"));

    [Fact]
    public void Single_a_joined_name_is_not_read_in_part() =>
        Assert.DoesNotContain(Figures("Germany held its federal election on Sunday.\nMerkel's CDU/CSU came first with 33%."), f => f.Party == "CSU");

    [Fact]
    public void NameWith_a_subject_ending_with_its_number() =>
        Assert.Equal([("Left Bloc", FigureKind.Seats, 24m), ("Left Bloc", FigureKind.Share, 10.3m)],
            Figures("Spain held its general election on Sunday.\nThe Left Bloc entered the chamber for the first time with 24 seats and 10.3% of the vote."));

    [Fact]
    public void NameWith_a_leader_named_after_under_is_not_the_subject() =>
        Assert.Empty(Figures("Spain held its general election on Sunday.\nThe socialist party (PSOE) under Pedro Garcia Lopez came second with 26.9%."));

    [Fact]
    public void Acronym_with_a_small_letter_inside_is_an_acronym() =>
        Assert.Equal([("AfD", FigureKind.Share, 12.6m), ("AfD", FigureKind.Seats, 94m)],
            Figures("In Germany's 2017 federal election, the AfD won 12.6% of the vote and 94 seats."));

    [Fact]
    public void Aside_an_acronym_in_brackets_after_a_single_word_is_the_name() =>
        Assert.Equal([("PSOE", FigureKind.Seats, 123m)],
            Figures("Spain held its general election on Sunday.\nThe Socialists (PSOE) won 123 seats."));
}
