using NewsArchive.People;
using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>Two-word surnames: after a title, two words the article also writes after a given name are that person's
/// surname ("Mrs Parker Bowles" for Camilla Parker Bowles), never a given name and a surname. Texts written here.</summary>
public class DoubleSurnameTests
{
    private static IReadOnlyList<PersonInArticle> Extract(params string[] paragraphs) => PersonExtractor.Extract(paragraphs);

    [Fact]
    public void A_titled_double_surname_is_the_person_named_in_full()
    {
        var person = Assert.Single(Extract("Camilla Parker Bowles is to marry the prince.", "Mrs Parker Bowles said she was delighted."));
        Assert.Equal("Camilla Parker Bowles", person.Name);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void A_given_name_before_a_titled_double_surname_is_kept()
    {
        var person = Assert.Single(Extract("Iain Duncan Smith said the welfare bill was too high.", "Mr Duncan Smith added that it must fall."));
        Assert.Equal("Iain Duncan Smith", person.Name);
    }

    [Fact]
    public void A_title_of_the_other_gender_stays_another_person() =>
        Assert.Equal(["Andrew Parker Bowles", "Parker Bowles"],
            Extract("Andrew Parker Bowles was at the wedding.", "Mrs Parker Bowles said she was delighted.").Select(p => p.Name));

    [Fact]
    public void A_place_before_a_name_given_again_alone_is_still_trimmed() =>
        Assert.Equal(["Andy Burnham"], Extract("In Manchester Andy Burnham said the bill was too high.", "Andy Burnham added that it must fall.").Select(p => p.Name));
}
