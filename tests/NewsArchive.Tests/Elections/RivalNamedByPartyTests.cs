using NewsArchive.Elections;

namespace NewsArchive.Tests.Elections;

/// <summary>A count "for his Conservative rival" in a race for one office, where the article has named the one it says
/// was beaten but never given that one a party; and the verbs of a heavy defeat ("crushing Bob Roe"). Texts written
/// here, names invented.</summary>
public class RivalNamedByPartyTests
{
    private static readonly DateOnly May2016 = new(2016, 5, 7);

    [Fact]
    public void A_count_for_the_rival_of_a_party_is_the_one_beaten() =>
        Assert.Contains(("london-mayor-2016", "Bob Roe", FigureKind.Votes, 109755m),
            Extract.Filed("Ann Poe was elected Mayor of London, defeating Bob Roe.\nOn first preferences she led, taking 148,716 votes against 109,755 for her Conservative opponent.",
                May2016, "Ann Poe", "Bob Roe"));

    [Fact]
    public void Not_when_the_one_beaten_is_of_another_party() =>
        Assert.DoesNotContain(Extract.Filed("Ann Poe was elected Mayor of London, defeating the Green candidate Bob Roe.\nOn first preferences she led, taking 148,716 votes against 109,755 for her Conservative opponent.",
                May2016, "Ann Poe", "Bob Roe"), f => f.Subject == "Bob Roe" && f.Value == 109755m);

    [Fact]
    public void One_crushed_is_one_beaten() =>
        Assert.Contains(Extract.From("Ann Poe is London's new mayor after crushing Bob Roe by more than 30,000 votes.", May2016, "Ann Poe", "Bob Roe").Candidacies,
            c => c.Candidate == "Bob Roe" && c.Outcome == Outcome.Defeated);
}
