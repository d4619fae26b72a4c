using NewsArchive.People;
using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>Parties and offices as the text states them; descriptions are never offices.</summary>
public class AffiliationTests
{
    private static PersonInArticle Person(string name, params string[] paragraphs) =>
        Assert.Single(PersonExtractor.Extract(paragraphs), p => p.Name == name);

    [Theory]
    [InlineData("Conservative challenger Shaun Bailey lost.", "Shaun Bailey")]
    [InlineData("Election expert Sir John Curtice spoke.", "John Curtice")]
    [InlineData("Former Labour frontbencher Khalid Mahmood spoke.", "Khalid Mahmood")]
    public void A_description_is_not_an_office(string text, string name) => Assert.Empty(Person(name, text).Roles);

    [Theory]
    [InlineData("Susan Hall, the Tory candidate, trailed.", "Susan Hall", "Conservative")]
    [InlineData("Rob Blackie, a Liberal Democrat activist, spoke.", "Rob Blackie", "Liberal Democrats")]
    [InlineData("Reform UK's Howard Cox polled 3.2%.", "Howard Cox", "Reform UK")]
    public void A_party_in_a_description_after_the_name_or_a_party_of_two_words_before_it_is_read(string text, string name, string party) =>
        Assert.Equal(party, Assert.Single(Person(name, text).Parties).Party);

    [Theory]
    [InlineData("Nick Clegg, the leader of the Liberal Democrats, claimed it.", "Nick Clegg", "Liberal Democrats")]
    [InlineData("Business Secretary Vince Cable (Liberal Democrat) has warned.", "Vince Cable", "Liberal Democrats")]
    [InlineData("Jane Smith (Lib Dem) said so.", "Jane Smith", "Liberal Democrats")]
    [InlineData("John Doe (Scottish National Party) agreed.", "John Doe", "SNP")]
    [InlineData("Ann Black, leader of the Scottish National Party, spoke.", "Ann Black", "SNP")]
    [InlineData("Jane Roe, leader of the Liberals, spoke.", "Jane Roe", "Liberals")]
    public void A_partys_name_of_several_words_after_the_name_is_read_whole(string text, string name, string party) =>
        Assert.Equal(party, Assert.Single(Person(name, text).Parties).Party);

    [Fact]
    public void A_member_of_the_Democratic_Party_is_written_Democrat() =>
        Assert.Equal("Democratic Party", Assert.Single(Person("Stacey Abrams", "Democrat Stacey Abrams ran for governor of Georgia.").Parties).Party);

    [Theory]
    [InlineData("Rushanara Ali, MP for Bethnal Green and Bow, spoke.", "Rushanara Ali", "MP for Bethnal Green and Bow")]
    [InlineData("Steve Tuckwell, MP for Uxbridge and South Ruislip, spoke.", "Steve Tuckwell", "MP for Uxbridge and South Ruislip")]
    public void A_seats_name_of_two_parts_joined_by_and_is_the_whole_office(string text, string name, string office) =>
        Assert.Equal(office, Assert.Single(Person(name, text).Roles).Role);

    [Fact]
    public void A_person_after_and_is_not_part_of_the_seats_name() =>
        Assert.Equal("MP for Hartlepool", Assert.Single(Person("Jill Mortimer", "Jill Mortimer, MP for Hartlepool and Jane Doe, the MP for Tees, spoke.").Roles).Role);

    [Fact]
    public void A_party_word_inside_a_constituencys_name_is_no_party() =>
        Assert.Empty(Person("Rushanara Ali", "Rushanara Ali, MP for Bethnal Green and Bow, spoke.").Parties);

    [Fact]
    public void The_party_that_held_the_seat_is_the_party_of_the_winner_the_sentence_names_with_it() =>
        Assert.Equal("Conservative", Assert.Single(Person("Jane Doe", "The Conservatives have narrowly held the seat of Wigan, with Jane Doe winning the by-election.").Parties).Party);

    [Theory]
    [InlineData("Siân Berry of the Green party came third.", "Siân Berry", "Green Party")]
    [InlineData("Jane Doe, of the Liberal Democrats, said it was fine.", "Jane Doe", "Liberal Democrats")]
    public void OfParty_a_party_after_of_right_after_the_name_is_theirs(string text, string name, string party) =>
        Assert.Equal(party, Assert.Single(Person(name, text).Parties).Party);

    [Theory]
    [InlineData("Khan won, after a campaign in which his Conservative rival, Zac Goldsmith, was accused of running a divisive race.", "Zac Goldsmith", "Conservative")]
    [InlineData("The Labour candidate, Jane Doe, spoke.", "Jane Doe", "Labour")]
    public void PartyDescribedBefore_a_partys_description_in_apposition_before_the_name_is_theirs(string text, string name, string party) =>
        Assert.Equal(party, Assert.Single(Person(name, text).Parties).Party);

    [Fact]
    public void PartyDescribedBefore_a_party_in_someone_elses_description_is_not_read() =>
        Assert.Empty(Person("Jane Doe", "The Labour leader's rival, Jane Doe, spoke.").Parties);

    [Fact]
    public void OfParty_a_part_of_a_party_is_not_the_party_read_after_the_name() =>
        Assert.Empty(Person("John Roe", "John Roe of the Labour Party's youth wing spoke.").Parties);

    [Fact]
    public void A_party_in_a_description_of_someone_else_is_not_read() =>
        Assert.Empty(Person("Susan Hall", "Susan Hall, the Tory candidate's rival, spoke.").Parties);

    [Fact]
    public void The_whole_office_is_kept() =>
        Assert.Equal("deputy leader", Assert.Single(Person("Angela Rayner", "Labour deputy leader Angela Rayner spoke.").Roles).Role);

    [Theory]
    [InlineData("London Mayor Sadiq Khan spoke.", "Sadiq Khan", "Mayor of London")]
    [InlineData("Hartlepool MP Jill Mortimer spoke.", "Jill Mortimer", "MP for Hartlepool")]
    public void A_place_before_the_office_is_where_it_is_held(string text, string name, string office) =>
        Assert.Equal(office, Assert.Single(Person(name, text).Roles).Role);

    [Fact]
    public void A_portfolio_in_capitals_before_Minister_is_part_of_the_office() =>
        Assert.Equal("Energy and Clean Growth Minister", Assert.Single(Person("Jo Bloggs", "The visit was led by Energy and Clean Growth Minister Jo Bloggs MP.").Roles).Role);

    [Fact]
    public void An_office_that_opens_a_clause_after_as_is_not_the_names() =>
        Assert.Empty(Person("Colin Smith", "Dr Colin Smith played host as the Prime Minister toured the laboratory.").Roles);

    [Fact]
    public void An_office_in_commas_after_the_name_is_read_with_its_party()
    {
        var andy = Person("Andy Street", "Andy Street, the Conservative mayor of the West Midlands, said he would stand again.");
        Assert.Equal("Mayor of the West Midlands", Assert.Single(andy.Roles).Role);
        Assert.Equal("Conservative", Assert.Single(andy.Parties).Party);
    }

    [Fact]
    public void An_office_in_commas_before_the_name_is_read_with_its_party()
    {
        var len = Person("Len Duvall", "The leader of the London Assembly Labour group, Len Duvall, said the result was good.");
        Assert.Equal("Leader of the London Assembly Labour group", Assert.Single(len.Roles).Role);
        Assert.Equal("Labour", Assert.Single(len.Parties).Party);
    }

    [Fact]
    public void An_office_of_state_for_a_department_is_read_whole() =>
        Assert.Equal("Shadow Secretary of State for Justice", Assert.Single(Person("Ravi Tharnsby",
            "The Shadow Secretary of State for Justice, Ravi Tharnsby, summed up the situation.").Roles).Role);

    [Fact]
    public void An_office_after_as_is_read_with_its_party()
    {
        var angela = Person("Angela Rayner", "Keir Starmer sacked Angela Rayner as Labour Party chairwoman tonight.");
        Assert.Equal("chairwoman", Assert.Single(angela.Roles).Role);
        Assert.Equal("Labour", Assert.Single(angela.Parties).Party);
    }

    [Fact]
    public void An_office_after_is_or_a_later_as_is_read_but_never_across_another_name()
    {
        Assert.Equal("Mayor of Greater Manchester", Assert.Single(Person("Andy Burnham", "Andy Burnham received a mandate as he was returned as mayor of Greater Manchester.").Roles).Role);
        Assert.Equal("deputy leader", Assert.Single(Person("Angela Rayner", "Angela Rayner is also deputy leader of the party.").Roles).Role);
        Assert.Empty(Person("Keir Starmer", "Keir Starmer sacked Angela Rayner as Labour Party chairwoman.").Roles);
    }

    [Fact]
    public void A_modifier_alone_is_no_office() =>
        Assert.Empty(Person("Angela Rayner", "Keir Starmer sacks deputy Angela Rayner.").Roles);

    [Fact]
    public void The_party_a_candidate_polled_for_is_their_party() =>
        Assert.Equal("SNP", Assert.Single(Person("Fergus Mutch", "Alexander Burnett held the seat, defeating Fergus Mutch, who polled 16,319 for the SNP.").Parties).Party);

    [Fact]
    public void Parties_are_named_as_the_archive_names_them() =>
        Assert.Equal("Green Party", Assert.Single(Person("Sian Berry", "The Greens’ Sian Berry came third.").Parties).Party);

    [Theory]
    [InlineData("Moira Kettle, the Green party leader, spoke last.")]
    [InlineData("Green party leader Moira Kettle spoke last.")]
    public void A_party_written_with_party_in_lower_case_before_an_office_is_the_holders(string text)
    {
        var person = Person("Moira Kettle", text);
        Assert.Equal(("leader", "Green Party"), (Assert.Single(person.Roles).Role, Assert.Single(person.Parties).Party));
    }
}
