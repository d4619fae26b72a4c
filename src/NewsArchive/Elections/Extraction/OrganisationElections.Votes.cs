using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

/// <summary>
/// A body's own vote on a question, which a student paper reports as it reports the body's elections: a union's
/// referendum ("Imperial College Union will hold an NUS referendum", "OUSU narrowly voted to disaffiliate from the
/// NUS in a referendum"), a vote on its affiliation ("last week's vote on whether to continue to affiliate with the
/// NUS"), a vote of its council ("an online vote taken last week by members of Union Council"), a motion put to its
/// members ("Motion to re-affiliate passed 405 to 389"). Its sides are Yes and No. A vote of Parliament, of a
/// country or on the European Union is no body's own: it is never read here.
/// </summary>
internal static partial class OrganisationElections
{
    /// <summary>Anchors a body's vote in a sentence that names the body, with the body as the area.</summary>
    private static void FindVotes(string sentence, ElectionRecogniser.Anchors found)
    {
        if (!SentenceCues.HasAny(sentence, "eferend", "vote", "otion") || PublicQuestion().IsMatch(sentence)
            || TextCues.Westminster().IsMatch(sentence) || TextCues.ForeignCountry().IsMatch(sentence)) return;
        foreach (Match m in BodyVote().Matches(sentence))
            if (!found.Covers(m.Index) && VotingBody(sentence, m) is { } body)
                found.Add(m.Index, m.Index + m.Length, ElectionKind.Organisation, body, true, year: YearIn(sentence, m),
                    held: Voted().IsMatch(sentence[..m.Index]));
    }

    private static bool BodyVoteInArticle(IReadOnlyList<ArticleSentence> sentences) => sentences.Any(s => BodyVoteIn(s.Tokenised));

    private static bool BodyVoteIn(string sentence) =>
        !PublicQuestion().IsMatch(sentence) && BodyVote().Matches(sentence).Any(m => VotingBody(sentence, m) is not null);

    /// <summary>The body that votes: the first named before the vote that is not the one it affiliates to ("OUSU ...
    /// voted to disaffiliate from the National Union of Students in a referendum"), or the one whose members took it
    /// ("a vote taken last week by members of Union Council"). A body named after the vote is what it decided on
    /// ("The email vote passed the changes to the ICSMSU constitution").</summary>
    private static string? VotingBody(string sentence, Match vote) =>
        BodyName().Matches(sentence).Where(m => m.Index < vote.Index ? !AffiliatedTo().IsMatch(sentence[..m.Index]) : ByMembers().IsMatch(sentence[vote.Index..m.Index]))
            .Select(m => Body(m.Groups["body"].Value)).FirstOrDefault(b => b is not null);

    /// <summary>In an article about a body's vote, the vote named again ("The 'no' vote had won the referendum by a
    /// slender 128 votes") and each motion of a history of its votes ("1963 Motion to re-affiliate passed 405 to
    /// 389", then "Motion overturned in an EGM by 315 to 254", of the same year). A motion with no year of its own
    /// takes that of a motion told in the few sentences before it; with none, it is left unread.</summary>
    private static void AnchorVotesOfTopic(IReadOnlyList<ArticleSentence> sentences, List<IReadOnlyList<ElectionAnchor>> anchors, Func<int, Func<int, int?>> yearNear, string topic)
    {
        // Only an article that tells of a body's vote in so many words, and names no country's referendum ("the
        // referendum" alone, read as the country's for want of another, is the body's here, as is "had voted to remain
        // affiliated" in a sentence of the body's vote).
        if (!BodyVoteInArticle(sentences) || anchors.Any(a => !a.Any(x => x.Kind == ElectionKind.Organisation)
                && a.Any(x => x.Kind == ElectionKind.Referendum && !x.Bare))) return;
        var lastMotion = (Sentence: -1, Year: (int?)null);
        for (var i = 0; i < sentences.Count; i++)
        {
            var text = sentences[i].Tokenised;
            if (!SentenceCues.HasAny(text, "eferend", "otion", " vote") || PublicQuestion().IsMatch(text) || TextCues.Westminster().IsMatch(text)
                || TextCues.ForeignCountry().IsMatch(text)) continue;
            var found = new ElectionRecogniser.Anchors(text, yearNear(i));
            foreach (Match m in MotionDecided().Matches(text))
            {
                if (anchors[i].Any(a => a.Position >= m.Index && a.Position < m.Index + m.Length)) continue;
                // "1991 Motion to hold a referendum goes to UGM, quorum challenged1995 Referendum ... fails": the year before it.
                var year = YearBefore().Matches(text[..m.Index]).LastOrDefault() is { } y ? int.Parse(y.Value, System.Globalization.CultureInfo.InvariantCulture)
                    : i - lastMotion.Sentence <= MotionReach ? lastMotion.Year : null;
                if (year is null) continue;
                found.Add(m.Index, m.Index + m.Length, ElectionKind.Organisation, topic, true, year: year);
                lastMotion = (i, year);
            }
            foreach (Match m in TheReferendum().Matches(text))
            {
                anchors[i] = anchors[i].Where(a => !(a.Bare && a.Kind == ElectionKind.Referendum && a.Position >= m.Index && a.Position < m.Index + m.Length)).ToList();
                if (!anchors[i].Any(a => a.Position >= m.Index && a.Position < m.Index + m.Length) && !found.Covers(m.Index))
                    found.Add(m.Index, m.Index + m.Length, ElectionKind.Organisation, topic, true);
            }
            if (found.Sorted() is { Count: > 0 } more) anchors[i] = [.. anchors[i].Concat(more).OrderBy(a => a.Position)];
        }
    }

    /// <summary>How many sentences on a motion's year still holds: a history's next line ("IN", then "Motion
    /// overturned ...").</summary>
    private const int MotionReach = 3;

    /// <summary>A body's vote: its referendum, a vote on its affiliation, a vote taken by its members or council, a
    /// motion put to it.</summary>
    [GeneratedRegex(@"\b[Rr]eferend(?:um|a|ums)\b|\b[Vv]ote\s+on\s+(?:whether\s+)?(?:\w+\s+){0,3}?(?:dis|re-?)?affiliat\w*|\b(?:online|email|e-mail|postal|secret|council|[Cc]ouncil)\s+vote\b|\b[Vv]ote\s+(?:taken|held)\s+(?:\w+\s+){0,3}?by\s+(?:the\s+)?members\b|\b[Mm]otions?\s+(?:to|on|for)\s+(?=\w)")]
    private static partial Regex BodyVote();

    /// <summary>A motion or a referendum and how it was decided: "Motion to re-affiliate passed 405 to 389",
    /// "Referendum to re-affiliate failed by 922 to 781".</summary>
    [GeneratedRegex(@"\b(?:[Mm]otion|[Rr]eferendum)\b(?=(?:(?!\b(?:[Mm]otion|[Rr]eferendum)\b)[^.;]){0,80}?\b(?:passed|carried|approved|failed|fails|defeated|rejected|overturned)\s+(?:(?:in|at)\s+(?:an?|the)\s+[A-Z]{2,5}\s+)?(?:by\s+)?\d)")]
    private static partial Regex MotionDecided();

    /// <summary>"the referendum", "this referendum", "last week's referendum", "the email vote": the one the article reports.</summary>
    [GeneratedRegex(@"\b(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir|week['’]s|year['’]s)\s+(?:[Rr]eferendum|(?:email|e-mail|online|postal)\s+vote)\b(?!\s+(?:on|in)\s+[A-Z])")]
    private static partial Regex TheReferendum();

    /// <summary>"OUSU narrowly voted to disaffiliate from the NUS in a referendum": the body voted, so "a referendum" is one
    /// held, not a supposed one.</summary>
    [GeneratedRegex(@"\bvoted\b[^.;:]*$")]
    private static partial Regex Voted();

    /// <summary>A year in a history's line, run on to the words before it as a copied list may leave it.</summary>
    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d\b")]
    private static partial Regex YearBefore();

    [GeneratedRegex(@"^[^.;]{0,40}?\bby\s+(?:the\s+)?(?:members|delegates|councillors)\s+of\s+(?:the\s+)?$")]
    private static partial Regex ByMembers();

    /// <summary>The body a union affiliates to, or leaves: not the one voting.</summary>
    [GeneratedRegex(@"\b(?:dis|re-?)?affiliat\w*\s+(?:with|from|to)\s+(?:the\s+)?$")]
    private static partial Regex AffiliatedTo();

    /// <summary>Class: what a country's or Parliament's question names. Reason: a union's referendum is on its own
    /// affairs; "the EU referendum", "the independence referendum", "the AV referendum" are the country's.</summary>
    [GeneratedRegex(@"\b(?:EU|European|Europe|Brexit|[Ii]ndependence|[Dd]evolution|AV|Alternative\s+Vote|[Ee]lectoral\s+[Rr]eform|[Gg]eneral\s+[Ee]lection|[Cc]onstitution(?:al)?\s+[Rr]eform|Lords)\b")]
    private static partial Regex PublicQuestion();
}
