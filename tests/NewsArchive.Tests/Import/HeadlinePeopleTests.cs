using Microsoft.EntityFrameworkCore;
using NewsArchive.Tests.Support;

namespace NewsArchive.Tests.Import;

/// <summary>
/// An opinion piece may name its author in the headline alone ("Nick Brown argues ..."): the importer reads a
/// headline for people when it tells someone speaking in sentence case, and not otherwise, since headline-ese puts a
/// given name against any noun ("Ken Nazi jibe").
/// </summary>
public class HeadlinePeopleTests : ImporterOnTempFiles
{
    private async Task<List<string>> PeopleOfAsync(string headline)
    {
        _seeds.Write("a.txt", headline + "\n\nThe party has compromised on nearly all of its manifesto promises since the coalition began.");
        await _importer.ImportAsync(_seeds.Path);
        await using var db = _database.OpenContext();
        return await db.Appearances.Where(a => a.Article.FileName == "a.txt").Join(db.People, a => a.PersonId, p => p.Id, (a, p) => p.Name).ToListAsync();
    }

    [Fact]
    public async Task A_person_who_speaks_in_a_sentence_case_headline_is_found() =>
        Assert.Equal(["Nick Brown"], await PeopleOfAsync("Nick Brown argues the Lib Dems have lost support"));

    [Fact]
    public async Task A_given_name_against_a_noun_in_a_headline_is_no_person() =>
        Assert.Empty(await PeopleOfAsync("Ken Nazi jibe"));

    [Fact]
    public async Task A_title_case_headline_gives_no_person() =>
        Assert.Empty(await PeopleOfAsync("Jane Smith Argues For A Fairer Deal On Fees"));
}
