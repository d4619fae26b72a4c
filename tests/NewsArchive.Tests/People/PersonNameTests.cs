using NewsArchive.People;

namespace NewsArchive.Tests.People;

public class PersonNameTests
{
    [Theory]
    [InlineData("Siân Berry", "sian berry")]
    [InlineData("Sian Berry", "sian berry")]
    [InlineData("Sir Keir Starmer", "keir starmer")]
    [InlineData("Professor Sir John Curtice", "john curtice")]
    [InlineData("Mr  O’Brien", "o'brien")]
    [InlineData("Nick Thomas-Symonds", "nick thomas symonds")]
    [InlineData("Count Binface", "count binface")]
    public void Key_folds_accents_case_titles_and_punctuation(string name, string key) =>
        Assert.Equal(key, PersonName.Key(name));

    [Fact]
    public void Two_spellings_of_one_person_share_a_key() =>
        Assert.Equal(PersonName.Key("Siân Berry"), PersonName.Key("Sian Berry"));
}
