using NewsArchive.Import;

namespace NewsArchive.Tests.Import;

public class TitleDeriverTests
{
    [Fact]
    public void A_short_opening_sentence_becomes_the_title_without_its_full_stop()
    {
        var title = TitleDeriver.FromOpening("The mayor has resigned. More follows in a second sentence.");
        Assert.Equal("The mayor has resigned", title);
    }

    [Fact]
    public void A_long_opening_sentence_is_cut_at_a_clause_boundary()
    {
        var title = TitleDeriver.FromOpening(
            "The council leader won a third term in the borough last night but with a majority cut by half after a bruising campaign over housing.");
        Assert.Equal("The council leader won a third term in the borough last night", title);
    }

    [Fact]
    public void Without_a_clause_boundary_the_cut_falls_between_words_and_is_marked()
    {
        var words = string.Join(' ', Enumerable.Repeat("councillors", 20)) + ".";
        var title = TitleDeriver.FromOpening(words);
        Assert.EndsWith("councillors…", title);
        Assert.True(title.Length <= TitleDeriver.MaxLength + 1);
    }

    [Fact]
    public void The_title_is_never_the_whole_opening_paragraph()
    {
        const string paragraph = "Voters in Bexley went to the polls today in a closely watched contest.";
        var title = TitleDeriver.FromOpening(paragraph);
        Assert.NotEqual(paragraph.TrimEnd('.'), title);
        Assert.StartsWith("Voters in Bexley", title);
    }

    [Fact]
    public void Weak_words_are_not_left_dangling_at_the_end()
    {
        var title = TitleDeriver.FromOpening(
            "Ministers promised the capital a new settlement for the transport network and the buses that serve the outer boroughs of the city in the next spending review.");
        Assert.DoesNotMatch(@"\b(and|the|for|of)$", title.TrimEnd('…'));
    }

    [Fact]
    public void Curly_quotes_and_accents_survive()
    {
        var title = TitleDeriver.FromOpening("Siân Berry said the result was “historic”. Then she left.");
        Assert.Equal("Siân Berry said the result was “historic”", title);
    }
}
