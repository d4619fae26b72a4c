using NewsArchive.Elections.Extraction;
using NewsArchive.People.Extraction;

namespace NewsArchive.Tests.Elections;

/// <summary>One language layer: the party the people reading gives a person is their candidacy's party. Texts written here.</summary>
public class StatedPartyTests
{
    private static IReadOnlyList<(string? Candidate, string? Party)> Candidacies(params string[] paragraphs) =>
        ElectionExtractor.Extract(paragraphs, PersonExtractor.Extract(paragraphs), new DateOnly(2016, 5, 7)).Candidacies.Select(c => (c.Candidate, c.Party)).ToList();

    [Fact]
    public void StatedParties_a_party_only_the_people_reading_finds_is_the_candidates() =>
        Assert.Contains(("Ann Poe", "Green Party"),
            Candidacies("Jane Doe has been elected mayor of London.", "Ann Poe of the Green party came third with 150,673 votes."));

    [Fact]
    public void StatedParties_a_person_given_two_parties_gets_neither() =>
        Assert.Contains(("Ann Poe", null),
            Candidacies("Jane Doe has been elected mayor of London.", "Ann Poe of the Green party came third with 150,673 votes.", "Ann Poe, of the Liberal Democrats, spoke."));
}
