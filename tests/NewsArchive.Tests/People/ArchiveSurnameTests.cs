using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.People;

/// <summary>A surname alone ("Cameron", "Brown") read as the person the rest of the archive names in full: what
/// other articles say outweighs what a single word looks like here.</summary>
public class ArchiveSurnameTests
{
    private static IEnumerable<string> Names(string text, IEnumerable<string> archiveText, IEnumerable<(string, int)> vouched, IEnumerable<(string, int)>? named = null)
    {
        var archive = new ArchiveEvidence(new HashSet<string>(), ArchiveWords.Of([.. archiveText, text])).WithPeople(vouched, named);
        return PersonExtractor.Read([text], archive).People.Select(p => p.Name);
    }

    [Fact]
    public void AfterFrom_a_surname_written_after_from_elsewhere_is_still_the_vouched_person() =>
        Assert.Equal(["David Cameron"], Names("Labour gains ground as Cameron struggles to find policies.",
            ["There was no reply from Cameron."], [("David Cameron", 1)]));

    [Fact]
    public void AfterFrom_unvouched_it_still_counts_against_a_surname()
    {
        var archive = new ArchiveEvidence(new HashSet<string>(), ArchiveWords.Of(["Flights from Cameron were cancelled."]));
        var found = PersonExtractor.Read(["Labour gains ground as Cameron struggles to find policies."], archive);
        Assert.Empty(found.People);
        // …and waits for the archive's names, which may settle it.
        Assert.Contains(ArchiveEvidence.SurnamePrefix + "cameron", found.Unconfirmed);
    }

    [Fact]
    public void AfterFrom_in_at_and_near_still_make_a_place_even_when_vouched() =>
        Assert.Empty(Names("Labour gains ground as Cameron struggles to find policies.", ["She grew up in Cameron."], [("David Cameron", 1)]));

    [Fact]
    public void A_month_after_in_is_no_place()
    {
        var words = ArchiveWords.Of(["The cabinet met in May and again in Leeds."]);
        Assert.False(words.IsPlace("May"));
        Assert.True(words.IsPlace("Leeds"));
    }

    [Fact]
    public void SentenceStart_a_vouched_surname_opening_a_sentence_is_the_person() =>
        Assert.Equal(["Margaret Thatcher"], Names("Thatcher brought the economic reform we live with.", [], [("Margaret Thatcher", 1)]));

    [Fact]
    public void SentenceStart_a_given_name_opening_a_sentence_is_not_a_vouched_surname() =>
        Assert.DoesNotContain("Alun Michael", Names("Michael is also in the running.", [], [("Alun Michael", 2)]));

    [Fact]
    public void WellAttested_an_everyday_word_in_capitals_mid_sentence_is_the_person_many_articles_name() =>
        Assert.Equal(["Gordon Brown"], Names("In the end, Brown was in favour of uncapped fees.", ["a brown envelope"], [("Gordon Brown", 5)]));

    [Fact]
    public void WellAttested_not_when_one_article_names_the_bearer() =>
        Assert.Empty(Names("Sure, prove Godwin’s Law yet again.", ["the law is clear"], [("Jack Law", 1)]));

    [Fact]
    public void WellAttested_counts_the_articles_that_only_name_the_bearer_in_full_too() =>
        Assert.Equal(["Gordon Brown"], Names("In the end, Brown was in favour of uncapped fees.", ["a brown envelope"], [("Gordon Brown", 1)], [("Gordon Brown", 2)]));

    [Fact]
    public void WellAttested_never_a_month() =>
        Assert.Empty(Names("Rates will not rise ahead of an expected May election, he argued.", ["it may rain"], [("Theresa May", 9)]));

    [Fact]
    public void WellAttested_a_month_a_verb_of_its_own_follows_is_the_person() =>
        Assert.Equal(["Theresa May"], Names("With any luck, May will make the deal work.", ["it may rain"], [("Theresa May", 9)]));

    [Fact]
    public void WellAttested_a_month_that_owns_a_thing_is_the_person() =>
        Assert.Equal(["Theresa May"], Names("As the party gathers, May’s position looks shakier than ever.", ["it may rain"], [("Theresa May", 9)]));

    [Fact]
    public void WellAttested_a_months_elections_are_the_months() =>
        Assert.Empty(Names("Labour fears that May’s local elections will go badly.", ["it may rain"], [("Theresa May", 9)]));

    [Fact]
    public void Named_a_name_opening_with_a_known_given_name_in_two_articles_bears_its_surname() =>
        Assert.Equal(["Barack Obama"], Names("At the summit, Obama struggled to find allies.", ["no"], [], [("Barack Obama", 2)]));

    [Fact]
    public void Named_in_one_article_it_does_not() =>
        Assert.Empty(Names("The film was made in a studio, far from what Hollywood expected.", [], [], [("Paul Hollywood", 1)]));

    [Fact]
    public void Named_never_unseats_a_vouched_bearer() =>
        Assert.Equal(["Boris Johnson"], Names("At the summit, Johnson struggled to find allies.", [], [("Boris Johnson", 6)], [("Jo Johnson", 3)]));

    [Fact]
    public void Named_an_article_reports_names_that_only_look_like_people() =>
        Assert.Contains("Theresa May", PersonExtractor.Read(["Critics compared Theresa May with her predecessor."], null).Named);
}
