using System.Text.RegularExpressions;

using NewsArchive.Language;

namespace NewsArchive.Elections.Extraction;

internal sealed partial class ArticleReading
{
    /// <summary>One number of a sentence: left out with its reason, or tied to one election and one candidate,
    /// party or side, with its status (result, tally, exit poll, projection) and count.</summary>
    private void ReadFigure(int index, ArticleSentence s, List<Placed> placed, RawFigure raw, (int Start, int End) yearWindow, string? subject, Func<string, string?> partyOf)
    {
        var text = s.Tokenised;
        var (clauseStart, _) = TextCues.ClauseAt(text, raw.Position);
        void Leave(LeftOutReason reason) => leftOut.Add(new LeftOutFigure(raw.Value.Text, reason, s.Source));

        var status = FigureStatusRules.Of(text);
        if (status == FigureStatus.Result && index > 0 && (FigureStatusRules.ExitPollGoesOn(sentences[index - 1].Tokenised, text) || ExitPollBefore(index) && FigureStatusRules.Forecast(text)))
            status = FigureStatus.ExitPoll;
        // "Eight of the 12 posts were filled": posts filled are no seats won.
        if ((raw.PostsFilled ? LeftOutReason.PostsFilled : LeftOutRules.Judge(text, raw, clauseStart, status)) is { } judged)
        {
            if (judged == LeftOutReason.ElectionYearUnknown && OverturnedMajority(index, s, placed, raw, clauseStart, partyOf)) return;
            Leave(judged);
            return;
        }
        var (person, party) = SubjectOf(s, raw, clauseStart, subject);
        // A party told by its leader's name ("Sir Keir Starmer's party won 411 seats"): seats have no person read.
        if (PartysLeader(s, person, party, clauseStart, raw.Position) is { } leader)
            (person, party) = (null, PartyOfLeader(index, s, raw, leader, clauseStart, partyOf));
        // "David Cameron had 331 seats": seats told of a person are their party's, where its party is known.
        else if (raw.Kind == FigureKind.Seats && person is null && party is null && Owners.Person(s, raw, clauseStart, winnerOnly: false) is { } holder)
            party = partyOf(holder);
        // A figure told of an earlier year ("Ann Poe's 35.3% three years before") is a comparison: the sentences after
        // it still report on the contest in view, whichever contest its candidate is known from.
        var inView = context;
        var slug = ElectionFor(s, placed, raw.Position, person, yearWindow, raw.Kind is FigureKind.Votes or FigureKind.Share && FigureReader.IsResultLine(text) || ElidedSeatsRead(index)) ?? ImpliedGeneralElection(s, raw, person ?? party, party, placed)
            ?? OnlyReferendum(s, raw, clauseStart, placed) ?? OwnFigureElection(s, raw, placed) ?? BodysOwnElection(s, raw, person, party, placed);
        slug = ContinuedSeats(index, placed, raw, slug);
        // "Goldsmith had won 58.2% at last year's general election", in a by-election's report: an earlier contest told
        // in the pluperfect is set beside the one in view, which stays in view.
        // So is the seat's own earlier contest in a by-election's report ("At the 2019 general election Mr Brokenshire won the seat").
        if (raw.OfEarlierYear || slug is not null && inView is { } kept && registry.YearOf(slug) < registry.YearOf(kept.Slug)
            && (TextCues.Pluperfect().IsMatch(text[clauseStart..raw.Position]) || SeatBefore(slug, kept.Slug))) context = inView;
        if (slug is null)
        {
            if (person is not null && placed.Any(p => p.Slug is null)) unplaced.Add(person);
            Leave(placed.Any(p => p.Slug is null) ? LeftOutReason.ElectionYearUnknown
                : placed.Any(p => p.Ahead) ? LeftOutReason.Prediction : LeftOutReason.NoElection);
            return;
        }
        if (SeatOrWhole(s, placed, raw, slug) is not { } seatOrWhole || OfAreaPart(s, raw, seatOrWhole))
        {
            Leave(LeftOutReason.PartOfElectorate);
            return;
        }
        slug = seatOrWhole;
        // "appealing to the 48% who voted to stay in the EU", in a story of a general election: a side's voters are
        // a referendum's, never another contest's; and Leave and Remain are the sides of 2016's only (1975's and
        // Scotland's were Yes and No).
        // A body's own vote has sides too: a union's referendum or a motion, Yes and No.
        if (raw.Side is not null && (registry.KindOf(slug) is not (ElectionKind.Referendum or ElectionKind.Organisation)
            || raw.Side is "Leave" or "Remain" && !EuropeIn2016(slug)))
        {
            Leave(LeftOutReason.NoElection);
            return;
        }
        // "Southampton had a staggering 7,285 voters", "3% behind last year": a student paper's ways of writing a body's
        // own election are no other election's.
        if (raw.BodyOnly && registry.KindOf(slug) != ElectionKind.Organisation)
        {
            Leave(LeftOutReason.NoElection);
            return;
        }
        // Another body's figure is that body's whole; a part of the electorate is named only of the election's own.
        string? part = null;
        if (OtherBodysElection(index, s, raw, slug) is { } theirs) slug = theirs;
        else if (!(raw.Kind == FigureKind.Turnout && RegionNamed(s) is not null) && CouncilOfRound(s, CouncilBase(slug, placed), raw.Position) is { } council) slug = council;
        else if (LondonsRound(s, slug) is { } london) slug = london;
        else if (NotTheWholes(s, raw, slug) is { } notWhole)
        {
            Leave(notWhole);
            return;
        }
        else part = PartOf(s, raw, slug);
        // "with the current total being just about 3% behind last year": a running count set against last year's is
        // this year's, whichever year the sentence names.
        if (raw.Total && raw.Kind == FigureKind.MarginPoints && published is { } today && registry.YearOf(slug) != today.Year)
            slug = registry.Register(registry.KindOf(slug), registry.AreaOf(slug), today.Year, YearSource.ArticleContext, s.Source);
        // "turnout was 66.1%, up from 65.1% in 2010", "up from 33% last year", "35.3% three years before": the earlier
        // figure is the same contest's in its own year. A body elects every year.
        var yearsBack = raw.LastYear ? 1 : raw.YearsBefore;
        // "against nearly 70 per cent at the last general election": an earlier contest named after the figure is its own.
        var namedAfter = raw.LastTime && placed.Any(p => p.Slug == slug && p.Position >= raw.End);
        var earlierYear = raw.EarlierYear ?? (raw.LastTime ? (namedAfter ? null : ContestBefore(slug)) : (published?.Year ?? registry.YearOf(slug)) - yearsBack);
        if (earlierYear is { } earlier && earlier != registry.YearOf(slug))
        {
            var (kind, area) = (registry.KindOf(slug), registry.AreaOf(slug));
            // A year written out is enough for a contest whose polling days the calendar does not hold ("down from 36.9% in
            // 2015", of Portugal's election); and a council's election is one of a year's rounds ("four years ago").
            if (!(kind == ElectionKind.Organisation || ElectionCalendar.HeldIn(kind, area, earlier) || raw.EarlierYear is not null && !ElectionCalendar.Knows(kind, area)
                || kind == ElectionKind.Local && ElectionCalendar.HeldIn(kind, "England", earlier) || SeatFoughtAtGeneral(slug, earlier))
                || published is { } p && earlier > p.Year)
            {
                Leave(LeftOutReason.ElectionYearUnknown);
                return;
            }
            slug = SeatFoughtAtGeneral(slug, earlier) ? SeatAtGeneral(slug, earlier, s) : registry.SameContestIn(slug, earlier, s.Source);
        }
        else if (namedAfter && inView is { } byElection && SeatFoughtAtGeneral(byElection.Slug, registry.YearOf(slug)) && registry.KindOf(slug) == ElectionKind.General)
            slug = SeatAtGeneral(byElection.Slug, registry.YearOf(slug), s);
        if (raw.Motion is { } motion && !FirstMotion(slug, index, motion))
        {
            Leave(LeftOutReason.AnotherMotion);
            return;
        }
        // "The Labour mayor took 43.8 per cent", "the Labour politician received": in a race for one office, the party's
        // one candidate it knows.
        if (person is null && party is not null && SingleWinner(registry.KindOf(slug)) && PartyCandidate(text, raw, clauseStart, party, slug, partyOf) is { } candidate)
            (person, party) = (candidate, null);
        if (person is null && SingleWinner(registry.KindOf(slug)) && WinnerByRole(text, raw, clauseStart, party, slug, partyOf) is { } winner)
            (person, party) = (winner, null);
        // Seats are won in a parliament or council, never in a race for one office; and a seat lost to a rival by so many
        // votes ("Labour lost Hartlepool to the Conservatives by nearly 7,000 votes", in a mayor's report) is a seat's.
        if (raw.Kind == FigureKind.Seats && SingleWinner(registry.KindOf(slug)) || raw.Kind == FigureKind.Majority && SeatLostElsewhere(text[clauseStart..raw.Position], slug))
        {
            Leave(LeftOutReason.NoElection);
            return;
        }
        if (raw.Kind == FigureKind.Majority && registry.KindOf(slug) is ElectionKind.General or ElectionKind.DevolvedParliament or ElectionKind.Foreign
            && TextCues.SeatMajority().IsMatch(text))
        {
            // A government's majority of seats is its party's, not its leader's.
            party = (person is null ? null : partyOf(person)) ?? Owners.Party(text, raw, clauseStart, winnerOnly: true) ?? party;
            if (party is not null) person = null;
        }
        // "while David Cameron's share was a touch over 36%": a member's share, told of no place, of the vote for a
        // parliament elected by seats or lists is the party's, never the member's ("his share in Witney" is the seat's).
        if (raw.Kind == FigureKind.Share && person is not null && registry.KindOf(slug) is ElectionKind.General or ElectionKind.EuropeanParliament
            && MembersShare().Matches(text[..raw.Position], clauseStart).LastOrDefault() is { } share && s.PersonAt(share) == person && partyOf(person) is { } members)
            (person, party) = (null, members);
        if (registry.KindOf(slug) == ElectionKind.Referendum && PartOfArea(text, raw.Position, registry.AreaOf(slug)))
        {
            // "London voted 60-40 to remain": a part of the referendum's area, not the whole.
            Leave(LeftOutReason.NoCandidateOrParty);
            return;
        }
        if (registry.KindOf(slug) == ElectionKind.Referendum)
        {
            // A referendum's figures are its sides': a party or person named near one is no subject. Its turnout and
            // its total are the whole vote's ("17.4 million voted Leave …, on a turnout of over 70%").
            person = null;
            party = raw.Kind == FigureKind.Turnout || raw.Total ? null : raw.Side ?? FigureSubjects.SideAfter(text, raw) ?? (raw.ListIndex >= 0 ? FigureSubjects.SideInPair(text, clauseStart, raw) : FigureSubjects.Side(text, clauseStart, raw.Position))
                ?? WinnerFirst(slug, raw);
        }
        // A body's vote on a question has sides as a referendum has: "the “No” campaign won with a majority of 128".
        if (registry.KindOf(slug) == ElectionKind.Organisation && person is null && party is null && raw.Kind != FigureKind.Turnout && !raw.Total)
            party = FigureSubjects.SideAfter(text, raw) ?? FigureSubjects.Side(text, clauseStart, raw.Position);
        if (LargestCountBefore(s, raw) is { } largest) (person, party) = largest;
        // "Corbyn won the Labour leadership race with 59.5%": a leadership contest's own party is no contender.
        if (person is null && party is not null && registry.KindOf(slug) == ElectionKind.PartyLeadership && party == registry.AreaOf(slug))
            (person, party) = (FigureSubjects.Contender(s, clauseStart, raw), null);
        if (registry.KindOf(slug) == ElectionKind.Foreign && person is not null && ForeignSubjects.LeadersParty(text[clauseStart..raw.Position])) person = null;
        if (registry.KindOf(slug) == ElectionKind.Foreign && raw.Kind != FigureKind.Turnout && !raw.Total && person is null)
        {
            // Another country's parties are mostly not in the party table: the name that won the number, or whose
            // possessive stands before it.
            var named = ForeignSubjects.Possessor(text, raw, clauseStart, calledParties) is { } owner ? [owner] : party is null ? ForeignNames(index, text, raw, clauseStart) : [];
            if (party is not null && raw.ListParty is null && raw.ListIndex < 0) party = ForeignSubjects.LongerName(text, raw, clauseStart) ?? party;
            if (named.Count > 0)
            {
                foreach (var name in named) Keep(index, s, raw, slug, status, null, name, partyOf, part);
                return;
            }
        }
        if (raw.Kind != FigureKind.Turnout && !raw.Total && person is null && party is null && !UnnamedWinner(s, raw, slug))
        {
            Leave(LeftOutReason.NoCandidateOrParty);
            return;
        }
        if (person is not null) Seen(person, slug, placed.Count > 0);
        Keep(index, s, raw, slug, status, person, party ?? (person is null ? null : partyOf(person)), partyOf, part);
    }

    private void Keep(int index, ArticleSentence s, RawFigure raw, string slug, FigureStatus status, string? person, string? party, Func<string, string?> partyOf, string? part)
    {
        // "hoping to beat last year's record turnout of 41.1%, with the current total 3% behind": a count still
        // running is this year's; an earlier year's contest was declared.
        if (status == FigureStatus.Tally && published is { } on && registry.YearOf(slug) < on.Year) status = FigureStatus.Result;
        // With no election in view, one a result is given for is the one the sentences after it report on, even
        // where it was named only by its year ("In 2010, voter turnout was at 65%"). A figure told for an earlier
        // contest ("198 seats, up from 165 in 2001") is a comparison: the sentences after it report on another, as does
        // an earlier year's told in the pluperfect ("In 2010, Labour had won 258 seats").
        if (status == FigureStatus.Result && !raw.OfEarlierYear && registry.KindOf(slug) != ElectionKind.Organisation && !Recent(context, s.Paragraph, ContextParagraphs)
            && !(published is { } day && registry.YearOf(slug) is > 0 and var told && told < day.Year && TextCues.Pluperfect().IsMatch(s.Tokenised)))
            context = (ViewAfter(slug), s.Paragraph);
        var (round, fromContext) = RoundOf(index, s.Tokenised, raw, slug, status);
        // A lead is a win, but not a lead in the popular vote ("Clinton won the popular vote by nearly 3 million").
        // A region's lead is no win of the whole ("Labour led in London by 20 points").
        var outcome = raw.Kind is FigureKind.Majority or FigureKind.MarginPoints && status == FigureStatus.Result && part is null
            && !PopularVoteLead().IsMatch(s.Tokenised[Math.Max(0, raw.Position - 40)..raw.Position]) ? Outcome.Elected : (Outcome?)null;
        var post = person is null && party is null ? null : PostOf(index, slug, raw.Position, raw.End);
        if (person is not null || party is not null) candidacies.Add(slug, person, person is null ? party : partyOf(person), outcome, s.Source, post);
        RememberSeats(index, s, raw, slug, party);
        if (person is not null || party is not null) lastOwned = (s, raw, person, party);
        RememberOwner(s, raw, person, party);
        figures.Add(new ElectionFigure
        {
            ElectionSlug = slug,
            Candidate = person,
            Party = party,
            Kind = raw.Kind,
            Value = raw.Value,
            OutOf = raw.Kind == FigureKind.Seats ? FigureReader.SeatsInBody(s.Tokenised) : null,
            Round = round,
            Status = status,
            RoundFromContext = fromContext,
            Post = post,
            Part = part,
            Source = s.Source,
        });
    }

    /// <summary>The foreign parties a figure belongs to (<see cref="ForeignSubjects"/>), or those of the number of the
    /// same measure it is compared with just before it ("30 seats, up from 10").</summary>
    private IReadOnlyList<string> ForeignNames(int index, string text, RawFigure raw, int clauseStart)
    {
        var named = ForeignSubjects.Of(text, raw, clauseStart, calledParties);
        if (named.Count == 0 && lastForeign is { } last && last.Sentence == index && ForeignSubjects.FromEarlier(text, last.Raw, raw)) named = last.Names;
        // "PP suffered its heaviest defeat. The party managed to get 66 MPs": the party the sentence before was about.
        if (named.Count == 0 && foreignSubject is { } about && about.Paragraph == sentences[index].Paragraph && about.Sentence == index - 1
            && ForeignSubjects.OpensOnAnaphor(text[..raw.Position]))
            named = [about.Name];
        if (named.Count > 0) lastForeign = (raw, named, index);
        return named;
    }

    /// <summary>Whose the figure is, before its election is known: a party a list names with it, a side written
    /// with it, the name in its place before a pair or list, the nearest person or party before it in its clause
    /// (or the one named after it when it is the far side of a comparison), or the party the clause refers back to.</summary>
    private (string? Person, string? Party) SubjectOf(ArticleSentence s, RawFigure raw, int clauseStart, string? subject)
    {
        var text = s.Tokenised;
        if (raw.ListParty is { } listed) return (null, listed);
        if (raw.Side is { } side) return (null, side);
        // A line of a results list is the count of the name it starts with: "Ann Poe (Labour) – 21,034 (43.8%)".
        if (raw.Kind is FigureKind.Votes or FigureKind.Share && FigureReader.IsResultLine(text)
            && ArticleSentence.PersonToken().Match(text) is { Success: true } first && !text[..first.Index].Any(char.IsLetterOrDigit))
            return (s.PersonAt(first), null);
        if (raw.Kind == FigureKind.Turnout || raw.Total) return (null, null);
        if (raw.ListIndex >= 0) return EarlierOwners(s, raw) ?? FigureSubjects.InList(s, raw, clauseStart, subject) ?? PairBefore(s, raw, clauseStart) ?? (null, null);
        if (SameOwnerAsBefore(s, raw) is { } sameOwner) return sameOwner;
        if (Owners.InUnreadRelative(text, raw)) return (null, Owners.RelativeParty(text, raw));
        string? person = null, party = null;
        var winnerOnly = raw.Kind is FigureKind.Majority or FigureKind.MarginPoints;
        if (raw.Kind != FigureKind.Seats)
        {
            person = (SentenceSubjects.SubjectsOwn(text, raw) ? subject ?? SentenceSubjects.Of(s) : null) ?? Owners.Person(s, raw, clauseStart, winnerOnly);
            if (person is null && subject is not null && !ArticleSentence.PersonToken().IsMatch(text[clauseStart..raw.Position])) person = subject;
        }
        if (person is null) party = Owners.Party(text, raw, clauseStart, winnerOnly);
        else if (!winnerOnly && RonAfter(text, raw, clauseStart)) (person, party) = (null, "RON");
        if (person is null && party is null) (person, party) = ListedOwner(s, raw, clauseStart);
        if (person is null && party is null) (person, party) = SubjectBeforeBut(s, raw, clauseStart, winnerOnly);
        if (!winnerOnly && FigureSubjects.Forward(s, raw, out var linked) is { } forward && (linked || (person is null && party is null) || FigureSubjects.Compared(text, raw)))
            return forward;
        if (person is null && party is null && Recent(lastParty, s.Paragraph, raw.Kind == FigureKind.Seats ? PartyParagraphs : 1)
            && ((raw.Kind == FigureKind.Seats ? TextCues.PartyAnaphor() : TextCues.PartySubject()).IsMatch(text[clauseStart..raw.Position]) || FigureSubjects.ForTheParty(text, raw))
            && !ArticleSentence.PersonToken().IsMatch(text[clauseStart..raw.Position]))
            party = lastParty!.Value.Party;
        // "3.8 million votes (12.6%) being cast for the party in 2015, a fourfold increase from 2010 (3.1%)": an earlier
        // year's figure with no owner of its own is the owner's of the same measure told before it in the sentence.
        if (person is null && party is null && raw.OfEarlierYear && lastOwned is { } prior && ReferenceEquals(prior.Sentence, s) && prior.Raw.Kind == raw.Kind && prior.Raw.End <= raw.Position)
            (person, party) = (prior.Person, prior.Party);
        return (person, party);
    }

    /// <summary>The count a vote or share belongs to: named beside it, or carried from a sentence or two before.</summary>
    private (CountRound Round, bool FromContext) RoundOf(int index, string text, RawFigure raw, string slug, FigureStatus status)
    {
        var round = TextCues.RoundNear(text, raw.Position);
        if (raw.Kind is not (FigureKind.Votes or FigureKind.Share)) return (round, false);
        var fromContext = false;
        // A tally's count is not carried over to the declared result after it, nor the other way.
        if (round == CountRound.NotStated && lastRound is { } last && last.Slug == slug && last.Status == status && index - last.Sentence <= 2)
        {
            round = last.Round;
            fromContext = true;
        }
        if (round != CountRound.NotStated) lastRound = (slug, round, status, index);
        return (round, fromContext);
    }

    [GeneratedRegex(@"\bpopular\s+vote\s+by\s+(?:\w+\s+){0,2}$")]
    private static partial Regex PopularVoteLead();

    /// <summary>"David Cameron's share was", "Mr Blair's share of the vote fell to": a person's share, with no place named.</summary>
    [GeneratedRegex(ArticleSentence.Person + @"['’]s\s+share\b(?![^⟦]*\s(?:in|at)\s+\p{Lu})")]
    private static partial Regex MembersShare();
}
