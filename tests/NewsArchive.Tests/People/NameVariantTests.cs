using NewsArchive.Language;
using NewsArchive.People;
using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>When two ways of writing a name are one person, and when they are two.</summary>
public class NameVariantTests
{
    private static IReadOnlyList<PersonInArticle> Extract(params string[] paragraphs) => PersonExtractor.Extract(paragraphs);

    [Fact]
    public void A_gendered_title_never_joins_a_person_of_the_other_gender()
    {
        var people = Extract("Michael Howard spoke first.", "Mrs Howard said she was proud of him.");
        Assert.Equal(["Michael Howard", "Howard"], people.Select(p => p.Name));
        Assert.Equal(["f", "m"], people.Select(p => p.Gender).Reverse());
    }

    [Fact]
    public void A_matching_title_joins_the_person()
    {
        var people = Extract("Michael Howard spoke first.", "Mr Howard said he was proud.");
        Assert.Equal(["Michael Howard", "Mr Howard"], Assert.Single(people).Aliases);
    }

    [Fact]
    public void A_surname_mistyped_by_a_letter_is_the_same_person_and_the_usual_spelling_names_them()
    {
        var person = Assert.Single(Extract("Ed Miliband spoke.", "Ed Milliband was cheered.", "Ed Miliband left."));
        Assert.Equal("Ed Miliband", person.Name);
        Assert.Contains("Ed Milliband", person.Aliases);
    }

    [Fact]
    public void A_short_title_form_a_letter_off_joins_the_person() =>
        Assert.Equal(["Diane Abbot", "Ms Abbott"], Assert.Single(Extract("Labour MP Diane Abbot spoke.", "Ms Abbott said so.")).Aliases);

    [Fact]
    public void A_short_given_name_is_the_same_person() =>
        Assert.Equal(["Christopher Kaye", "Chris Kaye"], Assert.Single(Extract("Christopher Kaye stood.", "Chris Kaye lost.")).Aliases);

    [Fact]
    public void Short_surnames_a_letter_apart_are_two_families() =>
        Assert.Equal(2, Extract("Mark Hall spoke.", "Mark Ball replied.").Count);

    [Theory]
    [InlineData("Chris", "Christopher", true)]
    [InlineData("Bill", "William", true)]
    [InlineData("Andy", "Andrew", true)]
    [InlineData("Ed", "Edward", true)]
    [InlineData("Ed", "Eddie", false)]
    [InlineData("Jo", "Joanne", false)]
    [InlineData("David", "Daniel", false)]
    public void Given_names_are_one_when_one_is_the_others_short_form(string a, string b, bool same) =>
        Assert.Equal(same, NameVariants.SameGivenName(a.ToLowerInvariant(), b.ToLowerInvariant()));

    [Theory]
    [InlineData("miliband", "milliband", true)]
    [InlineData("osborne", "osbourne", true)]
    [InlineData("smith", "smyth", true)]
    [InlineData("hall", "ball", false)]
    [InlineData("brown", "crown", false)]
    public void Surnames_are_one_when_a_letter_apart_and_long_enough(string a, string b, bool same) =>
        Assert.Equal(same, NameVariants.Mistyped(a, b));
}
