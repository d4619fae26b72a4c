using NewsArchive.Articles;
using NewsArchive.Import;

namespace NewsArchive.Tests.Import;

public class ArticleParserTests
{
    [Fact]
    public void A_first_line_that_does_not_end_a_sentence_is_the_headline()
    {
        var parsed = ArticleParser.Parse("Council leader quits over budget row\n\nThe leader of Barnet council resigned today.\n\nShe had served six years.");
        Assert.Equal("Council leader quits over budget row", parsed.Headline);
        Assert.False(parsed.HeadlineDerived);
        Assert.Equal(2, parsed.Paragraphs.Count);
        Assert.All(parsed.Paragraphs, p => Assert.Equal(ParagraphKind.Body, p.Kind));
    }

    [Fact]
    public void A_question_can_be_a_headline()
    {
        var parsed = ArticleParser.Parse("Could rivalry overshadow the count?\n\nThe two candidates met again today.");
        Assert.Equal("Could rivalry overshadow the count?", parsed.Headline);
    }

    [Fact]
    public void Without_a_headline_the_title_is_derived_and_the_opening_paragraph_is_kept()
    {
        var parsed = ArticleParser.Parse("The mayor of Lewisham won a second term tonight, with a larger majority than before.\n\nTurnout was low.");
        Assert.True(parsed.HeadlineDerived);
        Assert.Equal("The mayor of Lewisham won a second term tonight", parsed.Headline);
        Assert.Equal(2, parsed.Paragraphs.Count);
    }

    [Fact]
    public void A_headline_override_wins()
    {
        var parsed = ArticleParser.Parse("Body text starts here.\n\nMore body.", headlineOverride: "Chosen headline");
        Assert.Equal("Chosen headline", parsed.Headline);
        Assert.False(parsed.HeadlineDerived);
    }

    [Fact]
    public void Paragraphs_repeated_word_for_word_keep_only_the_first()
    {
        const string repeated = "The candidate thanked the volunteers who had knocked on doors all month.";
        var parsed = ArticleParser.Parse($"Opening line of the story is here.\n{repeated}\nSomething else happened next.\n{repeated}\nThe end of it all.");
        Assert.Single(parsed.Paragraphs, p => p.Text == repeated);
        Assert.Equal(1, parsed.RepeatsDropped);
        Assert.Equal(4, parsed.Paragraphs.Count);
    }

    [Fact]
    public void Short_repeated_lines_are_kept_because_they_are_not_copies()
    {
        var parsed = ArticleParser.Parse("Opening line of the story.\nHe added:\n‘Yes.’\nHe added:\n‘No.’");
        Assert.Equal(2, parsed.Paragraphs.Count(p => p.Text == "He added:"));
    }

    [Fact]
    public void Lines_without_a_closing_full_stop_inside_the_body_are_captions()
    {
        var parsed = ArticleParser.Parse(
            "The Greens held their seat on the assembly.\nGreen candidate Zoe Garbett celebrates with supporters at the count\nThe party said it would press for more cycle lanes.");
        Assert.Equal(ParagraphKind.Caption, parsed.Paragraphs[1].Kind);
        Assert.Equal(ParagraphKind.Body, parsed.Paragraphs[2].Kind);
    }

    [Theory]
    [InlineData("The runner-up leaves the hall after the declaration", ParagraphKind.Caption)]
    [InlineData("The runner-up left the hall after the declaration.", ParagraphKind.Body)]
    public void An_unfinished_two_sentence_block_is_a_caption_only_inside_a_run_of_captions(string after, ParagraphKind expected)
    {
        var parsed = ArticleParser.Parse(
            "The count ran late.\nThe winner celebrates with supporters at the count\n" +
            "With 20 of the 25 wards declared, the Greens had nine seats and Labour six. The Greens need 13 for control\n" +
            after + "\nResults were declared at dawn.");
        Assert.Equal(expected, parsed.Paragraphs[2].Kind);
    }

    [Fact]
    public void Picture_position_markers_make_a_caption_even_with_a_full_stop()
    {
        var parsed = ArticleParser.Parse(
            "The count ran late.\nThe winner (right) shakes hands with the runner-up (centre left).\nResults were declared at dawn.");
        Assert.Equal(ParagraphKind.Caption, parsed.Paragraphs[1].Kind);
    }

    [Fact]
    public void Speech_that_ends_in_a_closing_quote_is_body_text()
    {
        var parsed = ArticleParser.Parse("The count ran late.\n‘We are delighted with the result’\nShe left.");
        Assert.Equal(ParagraphKind.Body, parsed.Paragraphs[1].Kind);
    }

    [Fact]
    public void A_second_story_under_a_shouting_headline_becomes_its_own_section()
    {
        var parsed = ArticleParser.Parse(
            "The assembly election count finished at dawn.\nTurnout was the lowest for a decade.\n" +
            "Mayor Jane Porter QUITS cabinet after row with council leader Tom Ashby over housing plan\n" +
            "Jane Porter resigned from the cabinet tonight after a row with Tom Ashby over the housing plan.\n" +
            "Her allies said the decision was final.");
        var heading = Assert.Single(parsed.Paragraphs, p => p.Kind == ParagraphKind.Heading);
        Assert.StartsWith("Mayor Jane Porter QUITS", heading.Text);
        Assert.Equal(1, heading.Section);
        Assert.All(parsed.Paragraphs.Take(2), p => Assert.Equal(0, p.Section));
        Assert.All(parsed.Paragraphs.Skip(2), p => Assert.Equal(1, p.Section));
    }

    [Fact]
    public void Acronyms_in_a_caption_do_not_make_it_a_heading()
    {
        var parsed = ArticleParser.Parse(
            "The count finished.\nUKIP supporters gather outside the count in Havering as votes are sorted\nUKIP supporters said the result was poor.");
        Assert.Equal(ParagraphKind.Caption, parsed.Paragraphs[1].Kind);
    }

    [Fact]
    public void Bullet_lines_are_list_items_not_captions()
    {
        var parsed = ArticleParser.Parse("Headline of the plans\n\nThe plans include:\n\n - A ban on smoking in pubs \n\n - Fines up to £2,500 ");
        Assert.Equal(ParagraphKind.ListItem, parsed.Paragraphs[1].Kind);
        Assert.Equal(ParagraphKind.ListItem, parsed.Paragraphs[2].Kind);
    }

    [Fact]
    public void Curly_quotes_dashes_and_accents_are_kept_exactly()
    {
        const string text = "Siân Berry – the Green candidate – said: “It’s a good night.”\nÉmile said ‘bonne chance’ — and left.";
        var parsed = ArticleParser.Parse(text);
        Assert.Equal(text.Split('\n'), parsed.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_text()
    {
        var parsed = ArticleParser.Parse("\uFEFFFirst line of the body.\n\nSecond.");
        Assert.Equal("First line of the body.", parsed.Paragraphs[0].Text);
    }

    [Fact]
    public void Word_count_counts_words_not_punctuation()
    {
        var parsed = ArticleParser.Parse("Headline here\n\nOne two – three, “four” 5.");
        Assert.Equal(5, parsed.WordCount);
    }
}
