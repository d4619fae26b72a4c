using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>What a sentence leaves for the sentences after it: the election in view, the seat and the parent
/// election, the body's own election (the one the article opens on, and the one last named), the last party named,
/// the last subject and another country's party it opened on.</summary>
internal sealed partial class ArticleReading
{
    /// <param name="measured">The kinds of figure the sentence holds (<see cref="partySubject"/>).</param>
    private void Remember(int index, ArticleSentence s, IReadOnlyList<ElectionAnchor> found, List<Placed> placed, string? subject, IReadOnlyList<FigureKind> measured)
    {
        // Another kind of election named ("the general election", of whatever year) ends a body's election's view.
        if (found.Any(a => a.Kind != ElectionKind.Organisation && a.Explicit && !a.Bare)) bodyInView = null;
        // "At the 2019 general election Mr Brokenshire won the seat ...", in a by-election's report: the seat's earlier
        // contest, and the general election it was part of, are not the one later sentences report on.
        var inView = Recent(context, s.Paragraph, ContextParagraphs) ? context!.Value.Slug : null;
        var seatBefore = inView is null ? null : placed.FirstOrDefault(p => p.Slug is { } q && SeatBefore(q, inView))?.Slug;
        foreach (var p in placed)
        {
            if (!p.Usable || p.Earlier || p.Before || p.Slug is not { } slug) continue;
            if (seatBefore is not null && (slug == seatBefore || slug == registry.ParentOf(seatBefore))) continue;
            // A body's own vote is a figure's election only where a sentence names it: a union's elections named
            // in a paragraph about the country's turnout are not the turnout's.
            if (registry.KindOf(slug) == ElectionKind.Organisation)
            {
                // ...but a body's election the article opens on is the one its candidates' votes belong to, and the
                // body's election last named is the one a student paper's own ways of writing its figures are of
                // (see BodyInView).
                if (s.Paragraph <= 0) bodyTopic ??= slug;
                bodyInView = (slug, s.Paragraph);
                continue;
            }
            bodyInView = null;
            // "the Liberal Democrats took Somerton and Frome by more than 11,000", told in passing in a by-election's report:
            // the one reported stays in view, and stays "the seat".
            if (registry.KindOf(slug) == ElectionKind.ByElection && SameNightSeats.Contains(registry.AreaOf(slug)) && Recent(context, s.Paragraph, ContextParagraphs)) continue;
            // "His majority of 4,478 compares with the 18,952 won by James Brokenshire at the 2019 general election": a
            // contest a figure is set against is not the one later sentences report on, while another is in view.
            if (Recent(context, s.Paragraph, ContextParagraphs) && context!.Value.Slug != slug
                && TextCues.SetAgainst().IsMatch(s.Tokenised[TextCues.ClauseAt(s.Tokenised, p.Position).Start..p.Position])) continue;
            // Nor is an office taken told as how the contest in view came about ("Allin-Khan has won the Tooting
            // by-election, held after Sadiq Khan became Mayor of London").
            if (Recent(context, s.Paragraph, ContextParagraphs) && context!.Value.Slug != slug
                && TextCues.HowItCameAbout().IsMatch(s.Tokenised[TextCues.ClauseAt(s.Tokenised, p.Position).Start..p.Position])) continue;
            // Nor is an earlier contest told in the pluperfect ("Goldsmith had won 58.2% at last year's general election",
            // "In 2010, Labour had won 258 seats"): the story is told from a later one.
            if (TextCues.Pluperfect().IsMatch(s.Tokenised) && registry.YearOf(slug) is > 0 and var told
                && (Recent(context, s.Paragraph, ContextParagraphs) ? told < registry.YearOf(context!.Value.Slug) : published is { } day && told < day.Year)) continue;
            // An earlier election only named in passing by its year ("became mayor in 2017", "a repeat of the 2014
            // referendum") is not the one later sentences report on.
            // A headline's election is the one the article reports on.
            // An earlier round of the contest in view, in a sentence with no figure ("the result means Khan, first
            // elected in 2016, ..."), leaves the figures after it with the contest in view.
            if (s.Cues.Result && !(EarlierRoundInView(slug, s.Paragraph) && !TextCues.NumberBesidesYears(s.Tokenised))
                || registry.YearSourceOf(slug) != YearSource.Stated || s.Paragraph < 0)
                context = (slug, s.Paragraph);
            var kind = registry.KindOf(slug);
            if (kind is ElectionKind.Constituency or ElectionKind.ByElection) seat = (slug, s.Paragraph);
            if (kind is ElectionKind.DevolvedParliament or ElectionKind.General) parent = (slug, s.Paragraph);
        }
        // "Labour had talked up its chances in Wandsworth, ...", after a sentence that listed the councils held: with a
        // council in view (no round), a council the article reports, named again in a sentence that places no contest, is
        // the one the sentences after it report on. A round in view stays (see ViewAfter).
        if (!placed.Any(p => p.Slug is not null) && Recent(context, s.Paragraph, ContextParagraphs) && CouncilNamed(s.Tokenised, context!.Value.Slug) is { } council)
            context = (council, s.Paragraph);
        // "some polls had them on 30%, ahead of Labour": a party the sentence sets another against is not what it is about.
        var parties = s.Cues.Party ? Parties.Mention().Matches(s.Tokenised).Where(m => !SetAgainst().IsMatch(s.Tokenised[Math.Max(0, m.Index - 20)..m.Index])).ToList() : null;
        // "Labour has taken control of Wandsworth council, ending decades of Conservative rule. The party won 35 of the 58
        // seats": the party the sentence is about is its subject, where one opens it; else the last named.
        if (parties is { Count: > 0 })
        {
            var opens = PartySubjectOpens().IsMatch(s.Tokenised[..parties[0].Index]);
            lastParty = (Parties.Canonical((opens ? parties[0] : parties[^1]).Groups["party"].Value), s.Paragraph);
            partySubject = opens ? (lastParty.Value.Party, index, s.Paragraph, measured) : null;
        }
        // "Justin Trudeau's Liberals have won a majority, ending a decade of Conservative rule. The party won 184 seats": a
        // leader's party opening the sentence is what it is about, though the party table does not know it.
        var leadersPlural = ForeignSubjects.LeadersPlural(s.Tokenised);
        if (leadersPlural is not null)
        {
            lastParty = (leadersPlural, s.Paragraph);
            partySubject = (leadersPlural, index, s.Paragraph, measured);
        }
        RememberPartyThatWon(index, s, measured);
        if ((ForeignSubjects.Opening(s.Tokenised) ?? leadersPlural) is { } opening) foreignSubject = (opening, s.Paragraph, index);
        lastSubject = subject ?? SentenceSubjects.Of(s);
    }

    /// <summary>The council of the same round as the one in view that the sentence names last, if any.</summary>
    private string? CouncilNamed(string text, string inView)
    {
        if (registry.KindOf(inView) != ElectionKind.Local || NotACouncil.Contains(registry.AreaOf(inView))) return null;
        return registry.All.Where(e => e.Kind == ElectionKind.Local && e.Year == registry.YearOf(inView) && !NotACouncil.Contains(e.Area))
            .Select(e => (e.Slug, At: Regex.Matches(text, @"(?<![\w’'-])" + Regex.Escape(e.Area) + @"(?![\w’'-]|\s+(?:upon|and|&)\s)").LastOrDefault()?.Index ?? -1))
            .Where(e => e.At >= 0).OrderBy(e => e.At).Select(e => e.Slug).LastOrDefault();
    }

    [GeneratedRegex(@"\b(?:ahead\s+of|behind|than)\s+(?:the\s+)?$")]
    private static partial Regex SetAgainst();

    [GeneratedRegex(@"^\W*(?:(?:In|At|After|On)\s[^,]{0,40},\s+)?(?:[Tt]he\s+)?(?:⟦[^⟧]*⟧['’]s?\s+)?$")]
    private static partial Regex PartySubjectOpens();
}
