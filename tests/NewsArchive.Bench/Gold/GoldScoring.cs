using System.Text;
using NewsArchive.Elections;
using NewsArchive.People;
using NewsArchive.People.Extraction;

namespace NewsArchive.Bench.Gold;

/// <summary>
/// Scores what the archive found in one article against its gold. Each score keeps the error lines, so the
/// tuning half can be read error by error and the untouched half reported by totals only.
/// </summary>
internal static class GoldScoring
{
    /// <summary>Quotes of fewer words are fragments: kept inline in the article, never listed as a person's quote.</summary>
    public const int MinQuoteWords = PersonExtractor.MinQuoteWords;

    /// <summary>One count per person per article (<see cref="Scoring.Compare"/>).</summary>
    public static Score People(ArticleGold gold, IEnumerable<string> found, List<string> errors)
    {
        var misses = new List<string>();
        var score = Scoring.Compare(found, gold.People.Select(p => (p.Name, p.Aliases)).ToList(), misses);
        errors.AddRange(misses.Select(m => $"{gold.Source}/{gold.File}\tperson\t{m}"));
        return score;
    }

    /// <summary>The parties given to the people found, scored for the gold people a found person refers to (a person
    /// missed is counted once, under people): one count per party. With <paramref name="archive"/>, a person the article
    /// gives no party takes the archive's, as the election reading does.</summary>
    public static Score Parties(ArticleGold gold, IReadOnlyList<FoundPerson> found, bool archive, List<string> errors)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var person in gold.People)
        {
            var forms = person.Aliases.Select(PersonName.Key).Where(k => k.Contains(' ')).Prepend(PersonName.Key(person.Name)).ToList();
            // The person of the same name first: "David" alone is not David Cameron when both are found.
            if ((found.FirstOrDefault(f => forms.Contains(PersonName.Key(f.Name))) ?? found.FirstOrDefault(f => forms.Any(g => Scoring.Refers(PersonName.Key(f.Name), g))))
                is not { } match) continue;
            var fromArchive = archive && match.Parties.Count == 0 && match.ArchiveParty is not null;
            IReadOnlyList<string> given = fromArchive ? [match.ArchiveParty!] : match.Parties;
            var wanted = person.Parties.Select(p => Normal(Language.Parties.Canonical(p))).ToList();
            // The archive's score lists only the parties the archive gave; the rest are the article's score's lines.
            var log = archive ? fromArchive ? errors : [] : errors;
            var from = fromArchive ? "archive's" : "article's";
            foreach (var party in given.Where(p => !wanted.Contains(Normal(p))))
            {
                fp++;
                log.Add($"{gold.Source}/{gold.File}\tparty+\t{from}\t{(wanted.Count == 0 ? "gold: none" : "gold: another")}\t{person.Name}\t{party}");
            }
            var right = given.Count(p => wanted.Contains(Normal(p)));
            tp += right;
            foreach (var party in person.Parties.Where(p => !given.Any(g => Normal(g) == Normal(Language.Parties.Canonical(p)))))
            {
                fn++;
                log.Add($"{gold.Source}/{gold.File}\tparty-\t{from}\t{(given.Count == 0 ? "none given" : "another given")}\t{person.Name}\t{party}");
            }
        }
        return new Score(tp, fp, fn);
    }

    /// <summary>Precision: of the quotes listed under a person, the share whose gold speaker is that person.
    /// Recall: of the gold quotes a named person speaks, the share listed under that person.</summary>
    public static Score Quotes(ArticleGold gold, IReadOnlyList<FoundQuote> found, List<string> errors)
    {
        var golds = gold.Quotes.Where(q => Words(q.Words) >= MinQuoteWords).ToList();
        var keys = golds.Select(q => Normal(q.Words)).ToList();
        var right = new HashSet<int>();
        int tp = 0, fp = 0;
        foreach (var quote in found.Where(q => Words(q.Text) >= MinQuoteWords))
        {
            var text = Normal(quote.Text);
            // The same words may stand in two gold quotes ("constant obstacles…" alone and inside a longer one):
            // the exact one first, then one not yet matched.
            var matches = Enumerable.Range(0, golds.Count).Where(i => Overlaps(text, keys[i]))
                .OrderByDescending(i => keys[i] == text).ThenBy(i => right.Contains(i)).ToList();
            var hit = matches.FirstOrDefault(i => golds[i].ByPerson && SamePerson(quote.Speaker, golds[i].Speaker, gold), -1);
            if (hit >= 0)
            {
                if (right.Add(hit)) tp++;
                continue;
            }
            fp++;
            var what = matches.Count == 0 ? "not a gold quote" : golds[matches[0]].Speaker switch
            {
                "none" => "not speech (scare quote, title, question)",
                "source" => "an unnamed source's",
                var other => $"wrong speaker (gold: {other})",
            };
            errors.Add($"{gold.Source}/{gold.File}\tquote+\t{what}\t{quote.Speaker}\t{Clip(quote.Text)}");
        }
        var missed = golds.Select((q, i) => (q, i)).Where(x => x.q.ByPerson && !right.Contains(x.i)).ToList();
        foreach (var (q, _) in missed)
            errors.Add($"{gold.Source}/{gold.File}\tquote-\t{q.Speaker}\t{Clip(q.Words)}");
        return new Score(tp, fp, missed.Count);
    }

    /// <summary>Elections by kind, place and year. Students' union and other bodies' internal votes are out of
    /// scope; a gold election whose year the article does not settle is neither missed nor a false find.</summary>
    public static Score Elections(ArticleGold gold, IReadOnlyList<FoundElection> found, List<string> errors)
    {
        var golds = gold.Elections.Where(e => e.Kind != "organisation").ToList();
        var dated = golds.Where(e => e.Year is not null).Select(e => (e.Kind, Place: Place(e.Place), e.Year!.Value)).Distinct().ToList();
        var undated = golds.Where(e => e.Year is null).Select(e => (e.Kind, Place: Place(e.Place))).ToList();
        var hits = new HashSet<(string, string, int)>();
        var fp = 0;
        // Out of scope on both sides: a body's vote the archive finds is neither a hit nor a false find.
        foreach (var e in found.Where(e => e.Kind != "organisation").Distinct())
        {
            var match = dated.FirstOrDefault(g => g.Value == e.Year && SameElection(g.Kind, g.Place, e));
            if (match != default) { hits.Add(match); continue; }
            if (undated.Any(g => SameElection(g.Kind, g.Place, e))) continue;
            fp++;
            errors.Add($"{gold.Source}/{gold.File}\telection+\t{e.Kind} {e.Place} {e.Year}");
        }
        foreach (var g in dated.Where(g => !hits.Contains(g)))
            errors.Add($"{gold.Source}/{gold.File}\telection-\t{g.Kind} {g.Place} {g.Value}\t{WhyMissed(g.Kind, g.Place, g.Value, found)}");
        return new Score(hits.Count, fp, dated.Count - hits.Count);
    }

    /// <summary>Where a missed election went wrong, told by what the article did yield: the same contest in another year
    /// (its year was misread), the same place and year as another kind, or nothing of its kind at all (never recognised).</summary>
    private static string WhyMissed(string kind, string place, int year, IReadOnlyList<FoundElection> found) =>
        found.Any(e => SameElection(kind, place, e)) ? "the contest found for another year"
        : found.Any(e => e.Year == year && (place == Place(e.Place) || ContainsWords(place, Place(e.Place)) || ContainsWords(Place(e.Place), place))) ? "found as another kind"
        : found.Any(e => e.Kind == kind) ? "its kind found for another place"
        : "nothing of its kind found";

    /// <summary>Figures by value, kind and subject (a person, a party or a side). A figure the article gives as
    /// a tally, exit poll or projection is right only when labelled so. "Came third" is not scored.</summary>
    public static Score Figures(ArticleGold gold, IReadOnlyList<FoundFigure> found, IReadOnlyList<FoundElection> elections, List<string> errors)
    {
        var golds = gold.Figures;
        var hits = new HashSet<int>();
        var fp = 0;
        var scored = found.Where(f => f.Kind != FigureKind.Position).ToList();
        // Figures filed under their own election are paired first, so that "41 seats" in 2018 is not taken for the
        // same party's 41 four years before, which would list a right figure as filed elsewhere and the other as missed.
        var filedRight = new HashSet<FoundFigure>(ReferenceEqualityComparer.Instance);
        foreach (var f in scored)
        {
            var own = Enumerable.Range(0, golds.Count).FirstOrDefault(i => !hits.Contains(i) && Matches(golds[i], f, gold) && FiledUnder(golds[i].Election, f.Election), -1);
            if (own >= 0) { hits.Add(own); filedRight.Add(f); }
        }
        foreach (var f in scored.Where(f => !filedRight.Contains(f)))
        {
            var hit = Enumerable.Range(0, golds.Count).FirstOrDefault(i => !hits.Contains(i) && Matches(golds[i], f, gold), -1);
            if (hit >= 0)
            {
                hits.Add(hit);
                // Right by value, kind and subject (the score's measure) but filed under another contest: listed, not scored.
                errors.Add($"{gold.Source}/{gold.File}\tfigure~\t{f.Election.Kind} {f.Election.Place} {f.Election.Year}\t{f.Person ?? f.Party ?? "-"}\t{f.Kind}\t{f.Value}\tgold: {golds[hit].Election}");
                continue;
            }
            fp++;
            errors.Add($"{gold.Source}/{gold.File}\tfigure+\t{f.Election.Kind} {f.Election.Place} {f.Election.Year}\t{f.Person ?? f.Party ?? "-"}\t{f.Kind}\t{f.Value}\t{f.Status}\t{f.Text}");
        }
        foreach (var (g, i) in golds.Select((g, i) => (g, i)).Where(x => !hits.Contains(x.i)))
            errors.Add($"{gold.Source}/{gold.File}\tfigure-\t{g.Election}\t{g.Subject}\t{g.Measure}\t{g.Value}\t{g.Status}\t{g.Written}\t{WhyMissed(g, found, elections)}");
        return new Score(hits.Count, fp, golds.Count - hits.Count);
    }

    /// <summary>Where a missed figure was lost, for the counts by kind: its number read but given to another
    /// subject, measure or status; not read, in an article where its election was found; or not read, and its
    /// election not found either.</summary>
    private static string WhyMissed(GoldFigure g, IReadOnlyList<FoundFigure> found, IReadOnlyList<FoundElection> elections)
    {
        var words = g.Election.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kind = words.Length > 0 ? words[0] : "?";
        if (found.Any(f => f.Value == g.Value)) return $"{kind}, number read but wrong subject, measure or status";
        var year = words.Length > 1 && int.TryParse(words[^1], out var y) ? y : (int?)null;
        var place = string.Join(' ', words.Skip(1).Take(Math.Max(0, words.Length - 2)));
        var electionFound = elections.Any(e => e.Year == year && SameElection(kind, Place(place), e));
        return $"{kind}, not read, its election {(electionFound ? "found" : "not found")}";
    }

    private static bool Matches(GoldFigure g, FoundFigure f, ArticleGold article)
    {
        if (g.Value != f.Value || !SameMeasure(g.Measure, f.Kind)) return false;
        if (Status(g.Status) != f.Status) return false;
        if (g.Subject == "-") return f.Person is null && (f.Party is null || f.Kind == FigureKind.Turnout);
        return f.Person is { } person ? SamePerson(person, g.Subject, article) : f.Party is { } party && SameParty(party, g.Subject);
    }

    private static FigureStatus Status(string gold) => gold switch
    {
        "exit-poll" => FigureStatus.ExitPoll,
        "projection" => FigureStatus.Projection,
        "tally" => FigureStatus.Tally,
        _ => FigureStatus.Result,
    };

    private static bool SameMeasure(string measure, FigureKind kind) => (measure, kind) switch
    {
        ("votes", FigureKind.Votes) or ("share", FigureKind.Share) or ("seats", FigureKind.Seats) or ("turnout", FigureKind.Turnout) => true,
        ("majority-votes" or "majority-seats", FigureKind.Majority) => true,
        ("margin-points", FigureKind.MarginPoints) => true,
        _ => false,
    };

    private static bool SameElection(string kind, string place, FoundElection e) =>
        (kind == e.Kind || (kind, e.Kind) is ("ward", "local") or ("local", "ward"))
        && (place == Place(e.Place) || ContainsWords(place, Place(e.Place)) || ContainsWords(Place(e.Place), place));

    private static bool FiledUnder(string goldElection, FoundElection e)
    {
        var words = goldElection.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 2 && int.TryParse(words[^1], out var year) && year == e.Year && SameElection(words[0], Place(string.Join(' ', words[1..^1])), e);
    }

    private static string Place(string place) => Normal(place.Replace("&", "and"));

    /// <summary>A found speaker is the gold speaker by name, or by one of the other full spellings the gold gives them.</summary>
    public static bool SamePerson(string found, string gold, ArticleGold article)
    {
        var f = PersonName.Key(found);
        var person = article.People.FirstOrDefault(p => PersonName.Key(p.Name) == PersonName.Key(gold));
        var forms = (person?.Aliases ?? []).Select(PersonName.Key).Where(k => k.Contains(' ')).Prepend(PersonName.Key(gold));
        return forms.Any(g => f == g || Scoring.Refers(f, g));
    }

    public static bool SameParty(string found, string gold) => Normal(Language.Parties.Canonical(found)) == Normal(Language.Parties.Canonical(gold));

    private static bool Overlaps(string found, string gold)
    {
        if (found.Length == 0 || gold.Length == 0) return false;
        if (found == gold || gold.Contains(found, StringComparison.Ordinal) || found.Contains(gold, StringComparison.Ordinal)) return true;
        var n = Math.Min(30, Math.Min(found.Length, gold.Length));
        return string.CompareOrdinal(found, 0, gold, 0, n) == 0;
    }

    private static bool ContainsWords(string outer, string inner) => (" " + outer + " ").Contains(" " + inner + " ", StringComparison.Ordinal);

    /// <summary>Lower case letters and digits, single spaces: quote marks, punctuation and spacing never decide a match.</summary>
    public static string Normal(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in NewsArchive.Text.Slug.FoldToAscii(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0) builder.Append(' ');
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (c is not ('\'' or '’')) space = true;
        }
        return builder.ToString();
    }

    private static int Words(string text) => Normal(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Clip(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
