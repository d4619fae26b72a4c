using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>Names of another country's parties that the party table does not hold: a single word the article
/// writes again, an acronym with a small letter, an acronym in brackets after a description. Texts written here.</summary>
public class ForeignPartyNameTests
{
    private static readonly DateOnly May2019 = new(2019, 5, 3);

    private static IReadOnlyList<(string? Party, FigureKind Kind, decimal Value)> Figures(string text) =>
        Extract.From(text, May2019).Figures.Select(f => (f.Party, f.Kind, f.Value.Value)).ToList();

    [Fact]
    public void Repeated_a_single_word_the_article_writes_again_is_a_partys_name() =>
        Assert.Equal([("Vox", FigureKind.Seats, 24m), ("Vox", FigureKind.Share, 10.3m)],
            Figures("Spain held its general election on Sunday, and the far-right Vox campaigned hard.\nVox entered the chamber for the first time with 24 seats and 10.3% of the vote."));

    [Fact]
    public void Repeated_a_single_word_written_once_is_no_partys_name() =>
        Assert.Empty(Figures("Spain held its general election on Sunday.\nVox entered the chamber for the first time with 24 seats and 10.3% of the vote."));

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
