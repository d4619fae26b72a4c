using System.Text.RegularExpressions;

namespace NewsArchive.Elections.Extraction;

/// <summary>Contests the sentence sets beside the one in view: the seat's, and the same race held before.</summary>
internal sealed partial class ArticleReading
{
    /// <summary>How far after "the seat" a contest may be named as the one the seat was won at.</summary>
    private const int SeatAtReach = 30;

    /// <summary>How long after its polling day a contest is still "the election" of the news, not "the last" one.</summary>
    private const int JustHeldDays = 90;

    /// <summary>"the seat" of the seat's contest in view; but "Johnson had won the seat at the 2019 general election":
    /// the seat at the contest named right after it.</summary>
    private void SeatInView(ArticleSentence s, List<Placed> placed)
    {
        var text = s.Tokenised;
        var seatMatch = text.Contains("seat", StringComparison.Ordinal) ? TextCues.TheSeat().Match(text) : Match.Empty;
        if (seatMatch.Success && Recent(seat, s.Paragraph, SeatParagraphs)
            && !placed.Any(p => p.Slug is not null && p.Position > seatMatch.Index && p.Position - (seatMatch.Index + seatMatch.Length) <= SeatAtReach))
            placed.Add(new Placed(seatMatch.Index, seat!.Value.Slug));
    }

    /// <summary>"up from 38.1% at the last election in 2012, when Boris Johnson beat Ken Livingstone", in a report of
    /// the 2016 count: "the last election" beside a race in view (not Westminster's, which the calendar dates) is that
    /// race held before, in the year the words state or, by the calendar, the one before the race just held. Where
    /// neither settles it, the race in view stands, as for "the election".</summary>
    private Placed? EarlierContest(ElectionAnchor anchor, ArticleSentence s)
    {
        if (!anchor.Bare || !anchor.Past || !Recent(context, s.Paragraph, ContextParagraphs)) return null;
        var slug = context!.Value.Slug;
        var (kind, area, year) = (registry.KindOf(slug), registry.AreaOf(slug), registry.YearOf(slug));
        if (kind is ElectionKind.General or ElectionKind.Referendum) return null;
        var earlier = anchor.StatedYear;
        if (earlier is null && published is { } today && ElectionCalendar.LastBefore(kind, area, today) is { } last)
        {
            // A race held months ago is itself "the last election" ("Khan won the last election by 315,529 votes").
            if (last.Year == year && today.DayNumber - last.DayNumber > JustHeldDays) return new Placed(anchor.Position, slug);
            earlier = last.Year == year ? ElectionCalendar.LastBefore(kind, area, last)?.Year : last.Year;
        }
        if (earlier is not { } y || y >= year || ElectionCalendar.Knows(kind, area) && !ElectionCalendar.HeldIn(kind, area, y)) return null;
        return new Placed(anchor.Position, registry.SameContestIn(slug, y, s.Source), Before: true);
    }
}
