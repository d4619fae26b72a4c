using NewsArchive.People;
using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>People are found from evidence, not from capitals: one test per rule, on texts written for it.</summary>
public class PersonEvidenceTests
{
    private static string[] Names(params string[] paragraphs) => PersonExtractor.Extract(paragraphs).Select(p => p.Name).ToArray();

    [Theory]
    [InlineData("Re-Open Nominations received 210 votes, and Jane Parker won.")]
    [InlineData("Jane Parker beat Reopen Nominations by 300 votes.")]
    public void A_ballots_option_to_reopen_nominations_is_nobody(string text) =>
        Assert.Equal(["Jane Parker"], Names(text));

    [Fact]
    public void Words_that_qualify_people_in_the_plural_are_no_person() =>
        Assert.Equal(["Jo Bloggs"], Names("Jo Bloggs met a team of Mechanical Design students who explained their work."));

    [Fact]
    public void A_known_given_name_is_evidence_enough() => Assert.Equal(["Gordon Brown"], Names("The budget was Gordon Brown's last."));

    [Fact]
    public void An_unfamiliar_name_with_no_evidence_is_not_taken_for_a_person_when_the_archive_uses_its_words_in_lower_case() =>
        Assert.Empty(PersonExtractor.Read(["The budget was Stork Nest's last."], new ArchiveEvidence(new HashSet<string>(), ArchiveWords.Of(["a stork on its nest"]))).People);

    [Fact]
    public void Words_the_archive_never_writes_in_lower_case_look_like_a_name() =>
        Assert.Equal(["Tagore Nakornchai"], Names("The budget was Tagore Nakornchai's last."));

    [Fact]
    public void A_name_opening_with_a_word_the_archive_writes_as_a_place_is_a_places() =>
        Assert.Empty(Names("He lives in Iceland.", "The Iceland Krona fell."));

    [Theory]
    [InlineData("The delegates flew to Saudi Arabia.")]
    [InlineData("He campaigned in Dixville Notch.")]
    public void Unfamiliar_words_after_a_place_preposition_name_a_place(string text) => Assert.Empty(Names(text));

    [Theory]
    [InlineData("Tagore Nakornchai said the budget was wrong.")]
    [InlineData("\"It is wrong,\" said Tagore Nakornchai.")]
    [InlineData("Tagore Nakornchai, who chairs the society, disagreed.")]
    [InlineData("Tagore Nakornchai, the society's chair, disagreed.")]
    [InlineData("Tagore Nakornchai, 24, disagreed.")]
    [InlineData("Society president Tagore Nakornchai disagreed.")]
    [InlineData("Labour's Tagore Nakornchai disagreed.")]
    [InlineData("Tagore Nakornchai disagreed. Mr Nakornchai left.")]
    [InlineData("Tagore Nakornchai is to stand as the new President of the union.")]
    public void A_title_office_party_verb_of_speech_description_or_later_Mr_is_evidence(string text) =>
        Assert.Equal(["Tagore Nakornchai"], Names(text));

    [Fact]
    public void Sir_with_a_given_name_vouches_for_the_full_name() =>
        Assert.Contains("Keir Starmer", Names("Keir Starmer toured the seat.", "Sir Keir was cheered."));

    /// <summary>The rest of an archive, written in everyday words, with places in it.</summary>
    private static readonly ArchiveWords Everyday = ArchiveWords.Of([
        "Couples of the same sex may marry. Each single vote is transferable. You can check the results at question time.",
        "The summit was held in Saudi Arabia and the first votes were cast in Dixville Notch.",
    ]);

    [Theory]
    [InlineData("The Fixed Term Parliaments Act was repealed.")]
    [InlineData("Votes are counted by Single Transferable Vote this year.")]
    [InlineData("Saudi Arabia was not discussed.")]
    [InlineData("Same Sex Couples were the subject of the bill.")]
    [InlineData("Check Facebook for the results.")]
    [InlineData("Dixville Notch votes first.")]
    [InlineData("Our Campaigns Officer resigned.")]
    [InlineData("During Prime Ministers Question Time the MP spoke.")]
    public void Everyday_words_and_places_with_no_evidence_are_not_people(string text) =>
        Assert.Empty(PersonExtractor.Read([text], new ArchiveEvidence(new HashSet<string>(), Everyday)).People);

    [Theory]
    [InlineData("Tickets for the Summer Ball sold out.")]
    [InlineData("Buy your Summer Ball tickets now.")]
    [InlineData("The club held its Annual General Meeting.")]
    [InlineData("She presents The Weakest Link tells viewers.")]
    [InlineData("A European Arrest Warrant against him has been dropped.")]
    public void A_determiner_before_the_words_makes_them_a_things_name(string text) => Assert.Empty(Names(text));

    [Theory]
    [InlineData("Deputy Director Natalia de Kovalyova said tickets were free.", "Natalia de Kovalyova")]
    [InlineData("Commission president Ursula von der Leyen said no.", "Ursula von der Leyen")]
    public void A_lower_case_particle_inside_a_name_belongs_to_it(string text, string name) => Assert.Equal([name], Names(text));

    [Fact]
    public void A_name_the_archive_vouches_for_is_a_person_without_evidence_of_its_own()
    {
        string[] paragraphs = ["The report was Stork Nest's idea."];
        Assert.Empty(PersonExtractor.Read(paragraphs, new ArchiveEvidence(new HashSet<string>(), ArchiveWords.Of(["a stork on its nest made the report"]))).People);
        var words = ArchiveWords.Of(["a stork on its nest made the report"]);
        Assert.Contains(PersonName.Key("Stork Nest"), PersonExtractor.Read(paragraphs, new ArchiveEvidence(new HashSet<string>(), words)).Unconfirmed);
        var archive = new ArchiveEvidence(new HashSet<string> { PersonName.Key("Stork Nest") }, words);
        Assert.Equal("Stork Nest", Assert.Single(PersonExtractor.Read(paragraphs, archive).People).Name);
    }

    [Fact]
    public void Names_with_stated_evidence_are_offered_to_the_archive() =>
        Assert.Contains("Tagore Nakornchai", PersonExtractor.Read(["Tagore Nakornchai said no."], null).Confirmed);

    [Fact]
    public void A_surname_alone_stands_for_the_one_person_of_that_surname_the_archive_vouches_for()
    {
        var archive = ArchiveEvidence.None.WithPeople(["David Cameron", "Tony Blair", "Cherie Blair"]);
        var people = PersonExtractor.Read(["However, Cameron has not chosen a new minister, and Blair stayed silent."], archive).People;
        Assert.Equal(["David Cameron"], people.Select(p => p.Name));
    }

    [Fact]
    public void Dominance_a_surname_alone_stands_for_the_bearer_the_archive_writes_about_far_more_than_the_others()
    {
        var archive = ArchiveEvidence.None.WithPeople([("Tony Blair", 12), ("Cherie Blair", 2)]);
        var people = PersonExtractor.Read(["However, Blair has not chosen a new minister."], archive).People;
        Assert.Equal(["Tony Blair"], people.Select(p => p.Name));
    }

    [Fact]
    public void Dominance_bearers_written_about_alike_leave_a_surname_alone_unplaced() =>
        Assert.Empty(PersonExtractor.Read(["However, Blair has not chosen a new minister."], ArchiveEvidence.None.WithPeople([("Tony Blair", 6), ("Cherie Blair", 3)])).People);

    [Fact]
    public void ArchiveFullName_mr_and_a_surname_the_article_never_gives_in_full_is_the_archives_bearer() =>
        Assert.Equal(["Tony Blair"], PersonExtractor.Read(["Mr Blair said the vote was close."], ArchiveEvidence.None.WithPeople(["Tony Blair"])).People.Select(p => p.Name));

    [Fact]
    public void ArchiveFullName_a_title_of_the_other_gender_is_not_the_archives_bearer() =>
        Assert.Equal(["Blair"], PersonExtractor.Read(["Mrs Blair said the vote was close."], ArchiveEvidence.None.WithPeople(["Tony Blair"])).People.Select(p => p.Name));

    [Fact]
    public void A_surname_alone_that_speaks_is_a_person() =>
        Assert.Equal(["Obama"], Names("At the rally Obama said the result was close."));

    [Theory]
    [InlineData("The vote was held in May 2015.")]
    [InlineData("The cabinet met in May.")]
    public void A_month_is_not_a_surname(string text) =>
        Assert.Empty(PersonExtractor.Read([text], ArchiveEvidence.None.WithPeople(["Theresa May"])).People);

    [Fact]
    public void A_title_inside_quotation_marks_names_nobody_new() =>
        Assert.Empty(Names("The film is called ‘No More Mr Nasty’ and is shown tonight."));

    [Theory]
    [InlineData("They met at King Cross station at noon.")]
    [InlineData("Protesters gathered outside Tagore Nakornchai station.")]
    [InlineData("Flights from Lynwick airport were cancelled.")]
    public void A_name_before_a_place_word_in_lower_case_is_a_places(string text) => Assert.Empty(Names(text));

    [Fact]
    public void Everyday_words_that_speak_without_a_given_name_or_title_are_a_body() =>
        Assert.Empty(PersonExtractor.Read(["Age Concern says pensioners will vote."],
            new ArchiveEvidence(new HashSet<string>(), ArchiveWords.Of(["Their age is a concern to them."]))).People);

    [Fact]
    public void A_field_of_study_is_no_person_for_the_who_that_follows_it() =>
        Assert.Equal(["Ethan Marlowe"], Names("Ethan Marlowe, a student in Quantum Forestry who is from Ohio, voted early."));

    [Fact]
    public void A_name_opening_with_a_country_is_a_things() =>
        Assert.Empty(PersonExtractor.Read(["Its currency, Iceland Krona, fell."], new ArchiveEvidence(new HashSet<string>(), ArchiveWords.Of(["a currency fell"]))).People);

    [Fact]
    public void Words_in_quotation_marks_of_their_own_are_a_term() =>
        Assert.Empty(PersonExtractor.Read(["A treaty known as \u201CLe Touquet\u201D moved the border."], new ArchiveEvidence(new HashSet<string>(), ArchiveWords.Of(["a treaty moved it"]))).People);

    [Theory]
    [InlineData("The president tried to sack Tharnsby, the Prime Minister, last month.")]
    [InlineData("Last week the President of Veldonia, Tharnsby, left.")]
    [InlineData("Critics say Chancellor Tharnsby has gone too far.")]
    public void An_office_or_label_makes_a_lone_surname_a_person(string text) => Assert.Equal(["Tharnsby"], Names(text));

    [Fact]
    public void A_plural_word_with_an_office_beside_it_is_a_group() =>
        Assert.Empty(Names("You can meet Vendors, ministers and experts at the fringe."));

    [Fact]
    public void A_lone_surname_joined_by_and_to_a_person_found_is_a_person() =>
        Assert.Equal(["Ravi Tharnsby", "Quellan"], Names("Ravi Tharnsby spoke first.", "The deal was struck by Tharnsby and Quellan in private."));

    [Fact]
    public void A_word_after_a_compass_point_goes_on_a_places_name() =>
        Assert.Empty(Names("The Tory MP for Sleaford and North Quellan admitted the role could not be frozen."));

    [Fact]
    public void A_list_item_beside_a_place_with_a_compass_word_is_a_place() =>
        Assert.Empty(Names("The seats at risk are Leeds North West, Lynwick Gorton, Oxford East and Cambridge."));

    [Theory]
    [InlineData("Saudi Arabia also said that it would host the talks.")]
    [InlineData("Uttar Pradesh has more voters than most countries.")]
    public void PlaceNames_a_place_of_several_words_in_the_general_data_set_is_no_person(string text) => Assert.Empty(Names(text));

    [Fact]
    public void PlaceNames_a_country_alone_is_no_surname() =>
        Assert.DoesNotContain("China", Names("Ministers met the Chinese delegation. Relations with China said little."));

    [Fact]
    public void InvertedSpeech_a_verb_of_speech_opening_the_sentence_is_not_the_given_name() =>
        Assert.DoesNotContain("Said Hobson", Names("Tom Hobson spoke to the council. Said Hobson, \u201cI tried to protect my members.\u201d"));

    [Theory]
    [InlineData("Mister Pippensworth spoke at the rally.", "Mister Pippensworth")]
    [InlineData("Comrade Corbyn spoke at the rally.", "Comrade Corbyn")]
    [InlineData("Taoiseach Enda Kenny spoke at the rally.", "Taoiseach Enda Kenny")]
    public void Titles_Mister_Comrade_and_Taoiseach_stand_before_a_name_and_are_not_part_of_it(string text, string notAName) =>
        Assert.DoesNotContain(notAName, Names(text));

    [Theory]
    [InlineData("Abbott Laboratories said profits rose.")]
    [InlineData("Weiss Architects said the plans were ready.")]
    [InlineData("Microsoft Corp said it would appeal.")]
    public void A_company_head_word_ends_a_bodys_name(string text) => Assert.Empty(Names(text));

    [Theory]
    [InlineData("The threat then was a scruffy little Austrian called Adolf Hitler.", "Austrian")]
    [InlineData("Former Catalan president Carles Puigdemont remains in Belgium.", "Catalan")]
    public void A_people_or_a_language_is_no_person(string text, string word) =>
        Assert.DoesNotContain(word, PersonExtractor.Extract([text]).Select(p => p.Name));

    [Theory]
    [InlineData("Voters deserted United Russia across the regions.")]
    [InlineData("Observers called Greater Serbia a dream of the past.")]
    public void A_name_ending_in_a_country_with_nothing_said_of_it_is_no_person(string text) =>
        Assert.Empty(Names(text));

    [Fact]
    public void A_name_ending_in_a_country_that_speaks_is_a_person() =>
        Assert.Equal(["Gary Poland"], Names("Gary Poland said the team would win."));

    [Fact]
    public void A_place_opening_the_sentence_is_not_the_person_whose_office_follows_it()
    {
        Assert.Equal(["Tarran"], Names("In Madrid, PM Tarran met them."));
        Assert.Equal(["Jeremy Tarran"], Names("In Madrid, Labour leader Jeremy Tarran met them."));
        // A place that is also a given name.
        Assert.Equal(["Jack Tarran"], Names("But in London, the foreign secretary, Jack Tarran, was more cautious."));
    }

    [Theory]
    [InlineData("Labour leader Tarran is in Madrid.")]
    [InlineData("Spanish PM Tarran is in Madrid.")]
    [InlineData("The party of former Catalan PM Tarran is in Madrid.")]
    [InlineData("Later, Syrian President Tarran met them.")]
    public void A_lone_surname_after_a_partys_or_a_nations_office_is_a_person(string text) =>
        Assert.Equal(["Tarran"], Names(text));

    [Fact]
    public void A_name_a_reflexive_pronoun_follows_is_a_person() =>
        Assert.Contains("Nye Tarran", Names("Apart from Nye Tarran himself, nobody has done the job for so long."));

    [Fact]
    public void A_name_after_a_partys_of_is_a_person() =>
        Assert.Contains("Robert Jackson", PersonExtractor.Extract(["The gap was narrow, as proved by the defection to Labour of Robert Jackson, he claimed."]).Select(p => p.Name));

    [Theory]
    [InlineData("But the Pentagon told BBC News its policy \"condemns and prohibits\" torture.", "Pentagon")]
    [InlineData("Coptic Christians, who make up a tenth of the population, are nervous.", "Coptic Christians")]
    [InlineData("Nick Clegg was rejected by Sheffield Hallam, a seat which was thought to be solid.", "Sheffield Hallam")]
    [InlineData("The MSP earns £30,000 a year from the law firm Tods Murray, where he is a partner.", "Tods Murray")]
    [InlineData("Fine Gael leader Enda Kenny continues to be dogged by his media image.", "Fine Gael")]
    [InlineData("Consultations, said Imperial's London Faculty, will run until spring.", "London Faculty")]
    [InlineData("Hannah Moss, who wrote Cambridge Dictionary entries, said the word had changed.", "Cambridge Dictionary")]
    [InlineData("The other wing, led by the mayor of Vienna Michael Häupl, is against talks.", "Vienna Michael Häupl")]
    [InlineData("The fires were blamed on a shadowy group known as Meibion Tarran, which said nothing.", "Meibion Tarran")]
    [InlineData("The email was sent to 1228 members of ChemEng Soc, of whom most could vote.", "ChemEng Soc")]
    [InlineData("The 27-year-old was holidaying on the Thai island of Koh Tarran with Eileen Lee, 24.", "Koh Tarran")]
    [InlineData("Officers from Scotland Yarrow are investigating the claims.", "Yarrow")]
    [InlineData("Harry Tarran author Jo Pike gave the party a million pounds.", "Harry Tarran")]
    [InlineData("Labour also gained Westbury, and Tarran Vale, won by Jo Pike with a majority of 4,355.", "Tarran Vale")]
    [InlineData("Tarran Vale was taken by Jo Pike for the Liberal Democrats.", "Tarran Vale")]
    public void A_body_a_place_or_a_group_described_as_one_is_no_person(string text, string name) =>
        Assert.DoesNotContain(name, PersonExtractor.Extract([text]).Select(p => p.Name));

    [Fact]
    public void A_lone_surname_that_did_something_of_his_own_is_a_person()
    {
        Assert.Contains("Tharnsby", PersonExtractor.Extract(["The jury is still out. Tharnsby also voiced his anti-Brexit stance when he was in London."]).Select(p => p.Name));
        Assert.DoesNotContain("Unison", PersonExtractor.Extract(["The jury is still out. Unison also voiced its anger when the talks failed."]).Select(p => p.Name));
        Assert.DoesNotContain("Hollywood", PersonExtractor.Extract(["With Hollywood wrapped around his little finger, he looked poised."]).Select(p => p.Name));
    }

    [Theory]
    [InlineData("We also have Rachel, the Felix editor, who was a student.", "Rachel")]
    [InlineData("We have a postgraduate research student, Alex, as an officer trustee.", "Alex")]
    [InlineData("The thing my predecessor, David, taught me was patience.", "David")]
    public void A_given_name_alone_in_apposition_to_an_office_or_description_is_a_person(string text, string name) =>
        Assert.Contains(name, PersonExtractor.Extract([text]).Select(p => p.Name));
}
