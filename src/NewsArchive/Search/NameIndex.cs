using NewsArchive.People;

using NewsArchive.Language;

namespace NewsArchive.Search;

/// <summary>
/// Finds people by name the way a researcher types it: full name, surname, given name, an alias
/// ("Sir Keir"), any case, accents ignored, a prefix ("starm") or a typo ("Sadiq Kahn"). Built in memory
/// from the archive's names, since SQLite has no edit distance.
/// </summary>
public sealed class NameIndex
{
    public sealed record Entry(int PersonId, string Slug, string Name, int ArticleCount, IReadOnlyList<string> Names);

    public sealed record Match(Entry Person, double Score);

    private sealed record Indexed(Entry Entry, string[] Words, HashSet<string> Phrases);

    private readonly List<Indexed> _people;
    private readonly NameWords _words;

    public NameIndex(IEnumerable<Entry> people)
    {
        _people = people.Select(p => new Indexed(p,
            p.Names.SelectMany(n => SearchTerms.Parse(n).Words).Distinct().ToArray(),
            p.Names.Select(n => string.Join(' ', SearchTerms.Parse(n).Words)).ToHashSet())).ToList();
        _words = new NameWords([.. _people.Select(p => p.Words)]);
    }

    public int Count => _people.Count;

    /// <param name="typing">True while the words are still being typed (suggestions): the last word may then
    /// be the start of a name with one slip in it ("kah" of "Khan").</param>
    public IReadOnlyList<Match> Find(SearchTerms terms, int limit = 10, bool typing = false)
    {
        if (terms.IsEmpty) return [];
        var phrase = string.Join(' ', terms.Words);
        var matches = new List<Match>();
        var typed = typing ? terms.Words[^1] : null;
        foreach (var index in Candidates(terms.Words, typed))
        {
            var person = _people[index];
            var score = Score(person, terms.Words, typed);
            if (score <= 0) continue;
            if (person.Phrases.Contains(phrase)) score += 5;
            matches.Add(new Match(person.Entry, score));
        }
        return matches
            .OrderByDescending(m => m.Score).ThenByDescending(m => m.Person.ArticleCount).ThenBy(m => m.Person.Name, StringComparer.Ordinal)
            .Take(limit).ToList();
    }

    /// <summary>Everyone who can score, in index order so ties sort as they always have: those matching the
    /// rarest word that must match, or, when only honorifics were typed, those matching any of them.</summary>
    private IEnumerable<int> Candidates(IReadOnlyList<string> words, string? typing)
    {
        var sets = words.Select((w, i) => (Word: w, People: typing is not null && i == words.Count - 1
            ? _words.PeopleMatchingAny(w, (t, n) => TypingScore(t, n) > 0)
            : _words.PeopleMatching(w, Typos.Allowed(w), (t, n) => WordScore(t, n) > 0))).ToList();
        var required = sets.Where(s => !PersonName.IsHonorific(s.Word)).Select(s => s.People).MinBy(people => people.Count);
        var candidates = required ?? sets.SelectMany(s => s.People).ToHashSet();
        return candidates.Order();
    }

    /// <summary>Every word typed must match a word of the person's names; honorifics may be left over.</summary>
    private static double Score(Indexed person, IReadOnlyList<string> words, string? typing)
    {
        var total = 0.0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var best = 0.0;
            foreach (var candidate in person.Words)
            {
                best = Math.Max(best, typing is not null && i == words.Count - 1 ? TypingScore(word, candidate) : WordScore(word, candidate));
                if (best >= 3) break;
            }
            if (best == 0 && !PersonName.IsHonorific(word)) return 0;
            total += best;
        }
        return total;
    }

    private static double WordScore(string typed, string name)
    {
        if (typed == name) return 3;
        if (typed.Length >= 2 && name.StartsWith(typed, StringComparison.Ordinal)) return 2 + typed.Length / (double)name.Length * 0.5;
        var allowed = Typos.Allowed(typed);
        if (allowed == 0 || Math.Abs(typed.Length - name.Length) > allowed) return 0;
        var distance = EditDistance.Between(typed, name, allowed);
        return distance <= allowed ? 1.5 - 0.25 * distance : 0;
    }

    /// <summary>A word still being typed: as any word, or else as the start of a name with one slip, which
    /// scores below every whole-word match.</summary>
    private static double TypingScore(string typed, string name)
    {
        var score = WordScore(typed, name);
        return score > 0 ? score : Typos.IsSlippedPrefix(typed, name) ? 1 : 0;
    }
}
