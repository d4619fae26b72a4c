using NewsArchive.People;

using NewsArchive.Elections.Extraction;
using NewsArchive.Language;
using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

public class PersonExtractorTests
{
    private static IReadOnlyList<PersonInArticle> Extract(params string[] paragraphs) => PersonExtractor.Extract(paragraphs);

    private static string[] Names(params string[] paragraphs) => Extract(paragraphs).Select(p => p.Name).ToArray();

    private static PersonInArticle Person(IReadOnlyList<PersonInArticle> people, string name) => Assert.Single(people, p => p.Name == name);

    [Fact]
    public void Later_short_forms_resolve_to_the_full_name()
    {
        var people = Extract(
            "Sadiq Khan won. Keir Starmer sacked Angela Rayner and Andy Burnham blasted him.",
            "Mr Khan said Sir Keir was wrong. Ms Rayner agreed, and Mr Burnham said Keir should go. Burnham left.");
        Assert.Equal(["Sadiq Khan", "Keir Starmer", "Angela Rayner", "Andy Burnham"], people.Select(p => p.Name));
        Assert.Equal(["Sadiq Khan", "Mr Khan"], Person(people, "Sadiq Khan").Aliases);
        Assert.Equal(["Keir Starmer", "Sir Keir", "Keir"], Person(people, "Keir Starmer").Aliases);
        Assert.Equal(["Andy Burnham", "Mr Burnham", "Burnham"], Person(people, "Andy Burnham").Aliases);
    }

    [Fact]
    public void A_lone_given_name_resolves_to_the_full_named_person()
    {
        var people = Extract("Sadiq Khan said he won.", "‘Sadiq has provided the leadership,’ said Len Duvall.");
        Assert.Equal(2, Person(people, "Sadiq Khan").Mentions.Count);
    }

    [Fact]
    public void People_who_share_a_surname_stay_apart()
    {
        var people = Extract(
            "Count Binface won more votes than Piers Corbyn, the brother of former Labour leader Jeremy.",
            "Andy Burnham served in Jeremy Corbyn’s shadow cabinet and then in Mr Corbyn’s team.");
        Assert.Equal(["Count Binface", "Piers Corbyn", "Jeremy Corbyn", "Andy Burnham"], people.Select(p => p.Name));
        var jeremy = Person(people, "Jeremy Corbyn");
        Assert.Equal(["Jeremy", "Jeremy Corbyn", "Mr Corbyn"], jeremy.Aliases);
        Assert.Single(Person(people, "Piers Corbyn").Mentions);
    }

    [Fact]
    public void Mentions_record_paragraph_offset_length_and_surface()
    {
        var text = "It was Sir Keir Starmer’s night.";
        var mention = Assert.Single(Person(Extract("Intro.", text), "Keir Starmer").Mentions);
        Assert.Equal(new NameMention(1, 7, "Sir Keir Starmer".Length, "Sir Keir Starmer"), mention);
        Assert.Equal("Sir Keir Starmer", text.Substring(mention.Start, mention.Length));
    }

    [Theory]
    [InlineData("Boris Johnson’s government fell.", "Boris Johnson")]
    [InlineData("Boris Johnson's government fell.", "Boris Johnson")]
    [InlineData("The report was written by Neil O’Brien.", "Neil O’Brien")]
    [InlineData("Nick Thomas-Symonds told the BBC.", "Nick Thomas-Symonds")]
    [InlineData("Siân Berry, the Green candidate, came third.", "Siân Berry")]
    [InlineData("Meanwhile Nicola Sturgeon upped the ante.", "Nicola Sturgeon")]
    [InlineData("However, Mr Sadiq Khan had a lead.", "Sadiq Khan")]
    [InlineData("Labour’s Mark Drakeford remains.", "Mark Drakeford")]
    [InlineData("Meanwhile in Manchester Andy Burnham won. Andy Burnham was pleased.", "Andy Burnham")]
    [InlineData("But election expert Professor Sir John Curtice predicted a loss.", "John Curtice")]
    [InlineData("Prime Minister Boris Johnson was at Jacksons Wharf.", "Boris Johnson")]
    [InlineData("Also today, Environment Secretary George Eustice said so.", "George Eustice")]
    [InlineData("Leader of the Reclaim Party Laurence Fox (centre left) posed.", "Laurence Fox")]
    [InlineData("Count Binface poses for a photograph.", "Count Binface")]
    [InlineData("Labour’s shadow home secretary Nick Thomas-Symonds spoke.", "Nick Thomas-Symonds")]
    public void Names_are_neither_cut_nor_glued(string text, string name) => Assert.Equal([name], Names(text));

    [Theory]
    [InlineData("Home Office minister Baroness Scotland said so.", "Baroness Scotland")]
    [InlineData("President Bush announced an alliance.", "Bush")]
    [InlineData("Mike German, leader of the Liberal Democrats, spoke.", "Mike German")]
    [InlineData("Martin Ward, of the Secondary Heads Association, said no.", "Martin Ward")]
    [InlineData("Backbencher Stephen Pound said no.", "Stephen Pound")]
    [InlineData("The report was a response to Making Decisions, by Ruth Kelly.", "Ruth Kelly")]
    public void Titles_offices_and_surname_like_words_are_read_in_context(string text, string name) =>
        Assert.Equal([name], Names(text));

    [Theory]
    [InlineData("Labour won in Hartlepool and at City Hall, MailOnline and Times Radio reported.")]
    [InlineData("The Prime Minister met Downing Street staff at the Glasgow Emirates Arena.")]
    [InlineData("He was dubbed ‘King of the North’ after Super Thursday in Greater Manchester.")]
    [InlineData("New Labour and the Reclaim Party went to the Supreme Court, the Sunday Times said.")]
    [InlineData("It was like an edition of the West Wing. The Liberal Democrats and Scottish National Party agreed.")]
    [InlineData("The Institute for Fiscal Studies and the Law Commission said so in the Sheffield Hallam seat.")]
    public void Parties_places_venues_media_offices_and_nicknames_are_not_people(string text) => Assert.Empty(Names(text));

    [Fact]
    public void A_single_word_counts_only_with_a_title_or_a_known_person()
    {
        Assert.Empty(Names("Binface won. Hartlepool voted."));
        Assert.Equal(["Howard"], Names("Mr Howard said no."));
    }

    [Fact]
    public void Party_labels_are_kept_with_their_sentence()
    {
        var people = Extract(
            "Green Party’s Sian Berry came third, ahead of Tory Zac Goldsmith.",
            "It also saw Conservative candidate Samuel Williams lose to Mr Sadiq Khan (Labour).");
        Assert.Equal("Green Party", Assert.Single(Person(people, "Sian Berry").Parties).Party);
        var zac = Assert.Single(Person(people, "Zac Goldsmith").Parties);
        Assert.Equal(new PartyMention("Conservative", 0, "Green Party’s Sian Berry came third, ahead of Tory Zac Goldsmith."), zac);
        Assert.Equal("Conservative", Assert.Single(Person(people, "Samuel Williams").Parties).Party);
        Assert.Equal("Labour", Assert.Single(Person(people, "Sadiq Khan").Parties).Party);
    }

    [Fact]
    public void Roles_are_read_before_and_after_the_name()
    {
        var people = Extract(
            "First Minister Nicola Sturgeon spoke. Labour’s shadow home secretary Nick Thomas-Symonds replied.",
            "Keir Starmer as the new Prime Minister will meet mayors.");
        Assert.Equal("First Minister", Assert.Single(Person(people, "Nicola Sturgeon").Roles).Role);
        var nick = Person(people, "Nick Thomas-Symonds");
        Assert.Equal("shadow home secretary", Assert.Single(nick.Roles).Role);
        Assert.Equal("Labour", Assert.Single(nick.Parties).Party);
        Assert.Equal(new RoleMention("Prime Minister", 1, "Keir Starmer as the new Prime Minister will meet mayors."),
            Assert.Single(Person(people, "Keir Starmer").Roles));
    }

    [Fact]
    public void Quotes_go_to_the_speaker_named_before_them_and_run_on()
    {
        var people = Extract(
            "Speaking after the count Mr Khan said:",
            "\"I'm deeply humbled by the trust of Londoners.\"",
            "He added: \"I'm proud of the whole campaign.\"",
            "Sadiq Khan won.");
        Assert.Equal(["I'm deeply humbled by the trust of Londoners.", "I'm proud of the whole campaign."], Person(people, "Sadiq Khan").Quotes.Select(q => q.Text));
    }

    [Fact]
    public void Said_after_the_verb_names_the_speaker()
    {
        var people = Extract("\"We will fight every seat,\" said Mr Bailey. Shaun Bailey lost.");
        Assert.Equal("We will fight every seat,", Assert.Single(Person(people, "Shaun Bailey").Quotes).Text);
    }

    [Theory]
    [InlineData("Felix Online announces a new editor.")]
    [InlineData("Big Data continues to grow across the sector.")]
    [InlineData("New Analysis suggests that turnout fell.")]
    public void A_present_tense_verb_that_bodies_and_things_do_is_no_evidence_of_a_person(string text) =>
        Assert.Empty(Names(text));

    [Theory]
    [InlineData("Tickets for Freshers Fair went on sale at the bar.")]
    [InlineData("The vote was held on Queen's Lawn.")]
    [InlineData("The Royal School of Mines said Ethos Gym would close for a week in Easter Term.")]
    [InlineData("Hurricane Katrina devastated New Orleans in 2005.")]
    [InlineData("Operation Telic was the name for the British deployment.")]
    [InlineData("The Summer Ball sold out. Check Facebook for details.")]
    public void Events_storms_operations_terms_and_campus_places_are_not_people(string text) =>
        Assert.Empty(Names(text));
}
