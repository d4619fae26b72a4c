using NewsArchive.Language;

namespace NewsArchive.Tests.Language;

public class PartiesTests
{
    [Fact]
    public void The_pattern_of_party_names_holds_every_written_form_and_nothing_else()
    {
        var inPattern = Parties.Names.Split('|').ToHashSet(StringComparer.Ordinal);
        var inTable = Parties.All.SelectMany(p => p.Written).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(inTable.Order(), inPattern.Order());
    }

    [Fact]
    public void Longer_names_come_first_so_the_pattern_takes_the_whole_name()
    {
        var names = Parties.Names.Split('|');
        for (var i = 0; i < names.Length; i++)
            for (var j = i + 1; j < names.Length; j++)
                Assert.False(names[j].StartsWith(names[i], StringComparison.Ordinal), $"'{names[j]}' comes after '{names[i]}'");
    }

    [Theory]
    [InlineData("Tories", "Conservative")]
    [InlineData("Lib Dem", "Liberal Democrats")]
    [InlineData("Greens", "Green Party")]
    [InlineData("Sinn Fein", "Sinn Féin")]
    [InlineData("Scottish National Party", "SNP")]
    [InlineData("Yorkshire Party", "Yorkshire Party")]
    public void Every_way_of_writing_a_party_gives_one_name(string written, string name) => Assert.Equal(name, Parties.Canonical(written));

    [Fact]
    public void A_party_is_found_by_its_name_in_text_but_not_inside_a_word_or_in_lower_case()
    {
        Assert.Equal(["Labour", "Greens’"], Parties.Mention().Matches("Labour and the Greens’ candidates").Select(m => m.Value));
        Assert.Empty(Parties.Mention().Matches("a green belt, Toryism and renewal"));
    }

    [Theory]
    [InlineData("Respect won Bethnal Green and Bow.", "Respect")]
    [InlineData("The rally was in Golders Green.", "")]
    [InlineData("The Scottish Green candidate spoke.", "Green")]
    [InlineData("Former Green leader Jo Bloggs spoke.", "Green")]
    public void Green_after_a_capitalised_word_is_the_end_of_a_places_name(string text, string parties) =>
        Assert.Equal(parties, string.Join(' ', Parties.Mention().Matches(text).Select(m => m.Groups["party"].Value)));
}
