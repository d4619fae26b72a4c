using NewsArchive.Import;

namespace NewsArchive.Tests.Import;

/// <summary>Lines of plain text into paragraphs: hard-wrapped prose is joined, a list of results is not.</summary>
public class ParagraphSplitterTests
{
    [Fact]
    public void Blank_lines_separate_paragraphs()
    {
        var paragraphs = ParagraphSplitter.Split("First one.\n\nSecond one.\n\n\nThird one.");
        Assert.Equal(["First one.", "Second one.", "Third one."], paragraphs);
    }

    [Fact]
    public void Single_newlines_separate_paragraphs_when_lines_end_sentences()
    {
        var paragraphs = ParagraphSplitter.Split("The count went on.\nThe result came at midnight.\nShe said: ‘We won.’");
        Assert.Equal(3, paragraphs.Count);
    }

    [Fact]
    public void Hard_wrapped_prose_is_joined_back_into_one_paragraph()
    {
        var text = "The council voted on Tuesday to raise the\nlevy on second homes, a move its leader\ncalled overdue.\n\nNext paragraph.";
        var paragraphs = ParagraphSplitter.Split(text);
        Assert.Equal("The council voted on Tuesday to raise the levy on second homes, a move its leader called overdue.", paragraphs[0]);
        Assert.Equal("Next paragraph.", paragraphs[1]);
    }

    [Fact]
    public void Windows_line_endings_and_trailing_spaces_are_handled()
    {
        var paragraphs = ParagraphSplitter.Split("One.  \r\n\r\nTwo.\r\n");
        Assert.Equal(["One.", "Two."], paragraphs);
    }

    [Fact]
    public void A_block_of_lines_each_ending_in_a_count_is_a_list_of_results_one_line_a_paragraph() =>
        Assert.Equal(["Jane Doe (Labour) 21,034 (43.8%)", "John Roe (Conservative) 17,601 (32.7%)", "Ann Poe (Green) 1,209"],
            ParagraphSplitter.Split("Jane Doe (Labour) 21,034 (43.8%)\nJohn Roe (Conservative) 17,601 (32.7%)\nAnn Poe (Green) 1,209\n"));

    [Fact]
    public void Hard_wrapped_prose_ending_a_line_on_a_number_is_still_one_paragraph() =>
        Assert.Equal(["The council said on Thursday that it would publish the count of 2,345 votes once every ballot was checked."],
            ParagraphSplitter.Split("The council said on Thursday that it would publish the count of 2,345\nvotes once every ballot was checked.\n"));
}
