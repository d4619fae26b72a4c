using System.Text.RegularExpressions;
using NewsArchive.Language;

namespace NewsArchive.Tests.Language;

public class ElectionWordsTests
{
    [Fact]
    public void The_pattern_of_country_names_holds_every_form_and_nothing_else()
    {
        var inPattern = ElectionWords.CountryNames.Split('|').Select(Regex.Unescape).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(ElectionWords.Countries.Keys.Order(), inPattern.Order());
    }

    [Fact]
    public void Longer_country_forms_come_first_so_the_pattern_takes_the_whole_name()
    {
        var forms = ElectionWords.CountryNames.Split('|').Select(Regex.Unescape).ToList();
        for (var i = 0; i < forms.Count; i++)
            for (var j = i + 1; j < forms.Count; j++)
                Assert.False(forms[j].StartsWith(forms[i], StringComparison.Ordinal), $"'{forms[j]}' comes after '{forms[i]}'");
    }

    [Theory]
    [InlineData("Canadian", "Canada")]
    [InlineData("U.S.", "United States")]
    [InlineData("Irish", "Ireland")]
    public void A_country_is_one_country_by_name_or_adjective(string written, string country) =>
        Assert.Equal(country, ElectionWords.Country(written));

    [Fact]
    public void Northern_Ireland_is_not_another_country() =>
        Assert.DoesNotMatch(ElectionWords.NotNorthern + @"\b(?:" + ElectionWords.CountryNames + @")(?!\w)", "the Northern Ireland Assembly");

    [Theory]
    [InlineData("Yes", "No")]
    [InlineData("Leave", "Remain")]
    public void Each_side_has_another(string side, string other) => Assert.Equal((other, side), (ElectionWords.OtherSide(side), ElectionWords.OtherSide(other)));
}
