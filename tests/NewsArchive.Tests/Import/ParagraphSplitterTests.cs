using NewsArchive.Import;

namespace NewsArchive.Tests.Import;

/// <summary>Lines of plain text: hard-wrapped prose is joined into its paragraph, a list of results is not.</summary>
public class ParagraphSplitterTests
{
    [Fact]
    public void A_block_of_lines_each_ending_in_a_count_is_a_list_of_results_one_line_a_paragraph() =>
        Assert.Equal(["Jane Doe (Labour) 21,034 (43.8%)", "John Roe (Conservative) 17,601 (32.7%)", "Ann Poe (Green) 1,209"],
            ParagraphSplitter.Split("Jane Doe (Labour) 21,034 (43.8%)\nJohn Roe (Conservative) 17,601 (32.7%)\nAnn Poe (Green) 1,209\n"));

    [Fact]
    public void Hard_wrapped_prose_is_still_one_paragraph() =>
        Assert.Equal(["The council said on Thursday that it would publish the count of 2,345 votes once every ballot was checked."],
            ParagraphSplitter.Split("The council said on Thursday that it would publish the count of 2,345\nvotes once every ballot was checked.\n"));
}
