using NewsArchive.Elections;
using NewsArchive.Language;

namespace NewsArchive.Tests.Elections;

/// <summary>Whose a result is and whether it is one, in wordings of election reports written here with invented
/// people: a leader set off after the party, a majority someone is deprived of, a winner who scraped home, a state's
/// margin in a national race, a party named as "the Liberals", and a story told from a later contest.</summary>
public class ResultOwnerWordingTests
{
    private static readonly DateOnly AfterCanadaVoted = new(2019, 10, 23);

    [Fact]
    public void A_second_term_won_in_an_election_is_that_election_not_one_to_come() =>
        Assert.Contains(("canada-election-2019", "-", FigureKind.Turnout, 67m),
            Extract.Filed("Jane Doe's Liberals have won a second term in Canada's federal election, but lost their majority.\nTurnout was 67%.", AfterCanadaVoted, "Jane Doe"));

    [Fact]
    public void A_plural_after_the_is_a_foreign_partys_name() =>
        Assert.Contains(("canada-election-2019", "Liberals", FigureKind.Seats, 157m),
            Extract.Filed("The Liberals have won Canada's federal election.\nThe Liberals won 157 of the 338 seats in the House of Commons.", AfterCanadaVoted));

    [Theory]
    [InlineData("The Conservatives, led by John Roe, won 121 seats and the popular vote with 34.4%.")]
    [InlineData("The Conservatives, under John Roe, won 121 seats and the popular vote with 34.4%.")]
    public void A_leader_set_off_after_the_party_is_not_what_won(string line) =>
        Assert.Contains(("canada-election-2019", "Conservative", FigureKind.Share, 34.4m),
            Extract.Filed("The Liberals have won Canada's federal election.\n" + line, AfterCanadaVoted, "John Roe"));

    [Fact]
    public void A_majority_a_party_is_to_be_deprived_of_is_that_partys() =>
        Assert.Contains(("uk-general-election-2001", "Labour", FigureKind.Majority, 161m),
            Extract.Filed("The Tories need a swing of about 5% to deprive Labour of its majority of 161 at the 2001 general election.", new DateOnly(2005, 2, 10)));

    [Fact]
    public void Scraped_home_by_votes_is_a_majority_not_a_count() =>
        Assert.Contains(Extract.Filed("John Roe has won the Eastfield by-election.\nMr Roe scraped home by 460 votes over the Liberal Democrat Jane Doe.", new DateOnly(2004, 7, 16), "John Roe", "Jane Doe"),
            f => f is { Subject: "John Roe", Kind: FigureKind.Majority, Value: 460m });

    [Fact]
    public void A_states_margin_is_a_part_of_a_national_race() =>
        Assert.DoesNotContain(Extract.Filed("John Roe has won the US presidential election.\nThe decisive state of Ohio went to the Republicans by about 136,000 votes.", new DateOnly(2004, 11, 4), "John Roe"),
            f => f.Value == 136000m);

    [Fact]
    public void A_result_told_in_the_pluperfect_is_not_the_contest_the_sentences_after_it_report() =>
        Assert.DoesNotContain(Extract.Filed("In 2010, under John Roe, Labour had won 258 seats.\nUKIP came third with 3.9 million votes, but won just one seat.", new DateOnly(2015, 5, 21), "John Roe"),
            f => f.Subject == "UKIP");
}
